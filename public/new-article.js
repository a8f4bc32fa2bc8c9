// Upload of a .txt, .md or .html file: the file goes as the raw body of POST /api/articles/upload.
// Without JavaScript this section stays hidden and the paste form above works on its own.

const section = document.getElementById('upload');
const form = document.getElementById('upload-form');
const error = document.getElementById('upload-error');
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

function showError(message) {
  error.textContent = message;
  error.hidden = !message;
}

/** The file's type, from its name when the browser gives none (as it often does for .md) or an odd one. */
function fileType(file) {
  if (/\.html?$/i.test(file.name)) return 'text/html';
  if (/\.(md|markdown)$/i.test(file.name)) return file.type === 'text/x-markdown' ? file.type : 'text/markdown';
  return file.type || 'text/plain';
}

if (section && form) {
  section.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('');
    const file = form.elements.file.files[0];
    if (!file) return;
    const title = document.getElementById('title')?.value.trim() ?? '';
    const query = new URLSearchParams({ filename: file.name });
    if (title) query.set('title', title);
    try {
      const response = await fetch(`/api/articles/upload?${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': fileType(file),
          accept: 'application/json',
          'x-csrf-token': csrfToken,
        },
        body: file,
      });
      const body = await response.json();
      if (!response.ok) {
        const reasons = Object.entries(body.error?.fields ?? {}).map(([field, reason]) => `${field} ${reason}`);
        showError([body.error?.message ?? 'The file was not imported.', ...reasons].join(' '));
        return;
      }
      window.location.assign(`/articles/${encodeURIComponent(body.article.id)}`);
    } catch {
      showError('The file was not imported: the server could not be reached.');
    }
  });
}
