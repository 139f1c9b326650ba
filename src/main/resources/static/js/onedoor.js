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
