import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// htmx requests carry the CSRF token from the page's meta tags.
document.body.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="_csrf_header"]');
  const token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Destructive actions ask first: any form with data-confirm (also one swapped in later by htmx) shows the message
// before submitting.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// A break-glass banner stops saying the access is open once it has ended: the page was drawn while it was open, so
// when the time left runs out the banner says it has ended and that a reload shows what normal access allows.
const breakGlassBanner = document.getElementById('break-glass-banner');
if (breakGlassBanner && breakGlassBanner.dataset.endsInSeconds) {
  const endBanner = () => {
    breakGlassBanner.classList.add('onedoor-banner--ended');
    breakGlassBanner.querySelector('.govuk-notification-banner__title').textContent = 'Break-glass ended';
    const content = breakGlassBanner.querySelector('.govuk-notification-banner__content');
    const heading = document.createElement('p');
    heading.className = 'govuk-notification-banner__heading';
    heading.textContent = breakGlassBanner.dataset.endedText;
    content.replaceChildren(heading);
  };
  const seconds = Number(breakGlassBanner.dataset.endsInSeconds);
  if (seconds <= 0) {
    endBanner();
  } else {
    window.setTimeout(endBanner, Math.min(seconds * 1000, 2147483647));
  }
}
