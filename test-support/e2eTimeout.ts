// A browser test starts a local org and Chromium; that takes longer than Jest's default 5 s.
jest.setTimeout(120_000);
