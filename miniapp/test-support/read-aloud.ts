import { setReadAloud, type ReadAloud } from '../src/read-aloud';

/** A read-aloud engine that records what it was asked to read; `done()` ends the reading as an engine would. */
export function recordingEngine() {
  const engine: ReadAloud & { done?: () => void } = {
    available: () => true,
    speak: jest.fn((_parts: string[], onEnd?: () => void) => {
      engine.done = onEnd;
    }),
    pause: jest.fn(),
    resume: jest.fn(),
    stop: jest.fn(),
  };
  setReadAloud(engine);
  return engine;
}
