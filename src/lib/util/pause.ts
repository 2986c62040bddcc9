// Yields to the browser: the caller goes on in a task of its own, so the browser can paint and
// handle input between long steps.
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
