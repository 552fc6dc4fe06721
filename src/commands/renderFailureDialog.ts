/** The failure dialog's page: the message and a button that closes it, in the user's language. */

/**
 * Fills `body` with the message as an alert (read out by screen readers as the dialog opens) and a close button that has
 * the focus, so Enter or Space closes the dialog; Escape closes it too. Text only: the message is never parsed as HTML.
 * @example renderFailureDialog(document.body, 'Excel on solun muokkaustilassa. Paina Enter tai Esc ja yritä uudelleen.', 'Sulje', close)
 */
export function renderFailureDialog(body: HTMLElement, message: string, closeLabel: string, onClose: () => void): void {
  const doc = body.ownerDocument;
  const main = doc.createElement('main');
  const text = doc.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = closeLabel;
  button.addEventListener('click', onClose);
  main.append(text, button);
  body.replaceChildren(main);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  button.focus();
}
