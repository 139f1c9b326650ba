// Marks the page as script-enabled before it paints, as GOV.UK Frontend expects (kept external for the CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
