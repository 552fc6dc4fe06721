import { showFailureDialog, type DialogHost, type DialogOpenResult } from './showFailureDialog';

/** A dialog host that records what the command asked and lets the test play the user. */
function fakeHost(opts: { supported?: boolean; opens?: boolean } = {}) {
  const handlers: Record<string, () => void> = {};
  const calls: string[] = [];
  const host: DialogHost = {
    isDialogSupported: () => opts.supported ?? true,
    displayDialogAsync: (url, _options, callback) => {
      calls.push(url);
      const result: DialogOpenResult =
        opts.opens === false
          ? { status: 'failed' }
          : {
              status: 'succeeded',
              value: {
                close: () => void calls.push('closed'),
                addEventHandler: (type, handler) => void (handlers[type] = handler),
              },
            };
      setTimeout(() => callback(result), 0);
    },
  };
  return { host, handlers, calls };
}

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 10));
  return done;
};

describe('showFailureDialog', () => {
  let error: jest.SpyInstance;
  beforeEach(() => (error = jest.spyOn(console, 'error').mockImplementation(() => undefined)));
  afterEach(() => error.mockRestore());

  it('stays pending while the dialog is open, so the command does not complete and close it', async () => {
    const { host, calls } = fakeHost();
    const shown = showFailureDialog(host, 'https://x/commands.html?message=m', 'Excel on solun muokkaustilassa.');
    expect(await settled(shown)).toBe(false);
    expect(calls).toEqual(['https://x/commands.html?message=m']);
  });

  it('resolves and closes the dialog when its close button messages the command', async () => {
    const { host, handlers, calls } = fakeHost();
    const shown = showFailureDialog(host, 'https://x/d', 'Viesti');
    await new Promise((r) => setTimeout(r, 5));
    handlers.message?.();
    expect(await settled(shown)).toBe(true);
    expect(calls).toContain('closed');
  });

  it('resolves when the user closes the dialog frame', async () => {
    const { host, handlers } = fakeHost();
    const shown = showFailureDialog(host, 'https://x/d', 'Viesti');
    await new Promise((r) => setTimeout(r, 5));
    handlers.event?.();
    expect(await settled(shown)).toBe(true);
  });

  it('writes the message to the console and resolves where dialogs are unavailable or fail to open', async () => {
    expect(await settled(showFailureDialog(fakeHost({ supported: false }).host, 'https://x/d', 'Ei dialogia'))).toBe(true);
    expect(await settled(showFailureDialog(fakeHost({ opens: false }).host, 'https://x/d', 'Avaus epäonnistui'))).toBe(true);
    expect(error.mock.calls.map((c) => c[0])).toEqual(['Ei dialogia', 'Avaus epäonnistui']);
  });
});
