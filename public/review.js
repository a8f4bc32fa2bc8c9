// The review page without reloads: verdict forms go to the JSON API, and the keyboard moves between claims.
// Without this script the same forms post as plain HTML and the server redirects back to the claim.

const claims = [...document.querySelectorAll('.claim')];
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
const reviewedCount = document.getElementById('reviewed-count');
const SHORTCUTS = { v: 'verified', d: 'disputed', u: 'unverifiable', x: 'unreviewed' };
let current = -1;

/** Same format as the server's: "by ann, 2026-01-05 14:02 UTC". */
function changedText(verdict) {
  if (!verdict.updatedBy || !verdict.updatedAt) return '';
  return `by ${verdict.updatedBy}, ${verdict.updatedAt.slice(0, 10)} ${verdict.updatedAt.slice(11, 16)} UTC`;
}

function select(index, { focus = true } = {}) {
  if (index < 0 || index >= claims.length) return;
  claims[current]?.classList.remove('current');
  current = index;
  const claim = claims[current];
  claim.classList.add('current');
  if (focus) {
    claim.focus({ preventScroll: true });
    claim.scrollIntoView({ block: 'nearest' });
  }
}

function showVerdict(claim, verdict) {
  const form = claim.querySelector('.verdict-form');
  claim.dataset.status = verdict.status;
  for (const name of [...claim.classList]) if (name.startsWith('status-')) claim.classList.remove(name);
  claim.classList.add(`status-${verdict.status}`);
  for (const button of form.querySelectorAll('.choice')) {
    const pressed = button.value === verdict.status;
    button.setAttribute('aria-pressed', String(pressed));
    if (pressed) claim.querySelector('[data-status-label]').textContent = button.firstChild.textContent.trim();
  }
  form.querySelector('[data-save-note]').value = verdict.status;
  form.elements.note.value = verdict.note;
  claim.querySelector('[data-changed]').textContent = changedText(verdict);
  if (reviewedCount) {
    reviewedCount.textContent = String(claims.filter((c) => c.dataset.status !== 'unreviewed').length);
  }
}

function showError(claim, message) {
  const error = claim.querySelector('[data-error]');
  error.textContent = message;
  error.hidden = !message;
}

async function mark(claim, status) {
  const form = claim.querySelector('.verdict-form');
  if (!form || claim.getAttribute('aria-busy') === 'true') return;
  claim.setAttribute('aria-busy', 'true');
  showError(claim, '');
  try {
    const response = await fetch(form.dataset.api, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ status, note: form.elements.note.value }),
    });
    if (response.status === 401) {
      window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
      return;
    }
    const body = await response.json();
    if (!response.ok) {
      const reasons = Object.entries(body.error?.fields ?? {}).map(([field, reason]) => `${field} ${reason}`);
      showError(claim, [body.error?.message ?? 'The verdict was not saved.', ...reasons].join(' '));
      return;
    }
    showVerdict(claim, body.verdict);
  } catch {
    showError(claim, 'The verdict was not saved: the server could not be reached.');
  } finally {
    claim.removeAttribute('aria-busy');
  }
}

document.addEventListener('submit', (event) => {
  const form = event.target.closest?.('.verdict-form');
  if (!form) return;
  event.preventDefault();
  const claim = form.closest('.claim');
  // Enter in the note field submits with no choice button: keep the status, save the note.
  const status = event.submitter?.value ?? claim.dataset.status;
  select(claims.indexOf(claim), { focus: false });
  mark(claim, status);
});

document.addEventListener('focusin', (event) => {
  const claim = event.target.closest?.('.claim');
  if (claim) select(claims.indexOf(claim), { focus: false });
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest?.('input, textarea, select, [contenteditable]')) {
    // Escape leaves the note field for the claim, so the shortcuts work again.
    if (event.key === 'Escape') target.closest('.claim')?.focus();
    return;
  }
  const key = event.key.toLowerCase();
  if (key === 'j') select(Math.min(current + 1, claims.length - 1));
  else if (key === 'k') select(Math.max(current - 1, 0));
  else if (key in SHORTCUTS && claims[current]) mark(claims[current], SHORTCUTS[key]);
  else if (key === 'n' && claims[current]) claims[current].querySelector('input[name="note"]')?.focus();
  else return;
  event.preventDefault();
});

// Opened at a claim's anchor (after a plain form post, or a shared link): start there.
const anchored = claims.findIndex((claim) => `#${claim.id}` === window.location.hash);
if (anchored >= 0) select(anchored);

// Tells tests (and curious readers) the shortcuts are live.
document.documentElement.dataset.reviewReady = 'true';
