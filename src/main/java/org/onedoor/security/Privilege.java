package org.onedoor.security;

/**
 * Named privileges that module APIs check with {@code @PreAuthorize("hasAuthority('…')")}. Roles grant them; code
 * never checks a role where a privilege says what is meant.
 */
public enum Privilege {
    /** Read the partnership directory: organisations, practices, venues and staff. */
    DIRECTORY_VIEW,
    /** Create and change organisations, venues and staff members. */
    DIRECTORY_MANAGE,
    /** Change the service menu of the user's own GP practice. */
    PRACTICE_MENU_EDIT_OWN,
    /** Change the service menu of any GP practice. */
    PRACTICE_MENU_EDIT_ANY,
    /** See the partnership-wide matrix of practice offers. */
    PRACTICE_MENU_VIEW_ALL,
    /** Create user accounts, grant roles and unlock accounts. */
    USER_MANAGE
}
