/**
 * Read-aloud (语音版), one interface for every engine. `speak` reads the parts in order (a part is a
 * section: a heading with its text, a question, an answer …) and calls `onEnd` once all are read.
 */
export interface ReadAloud {
  available(): boolean;
  speak(parts: string[], onEnd?: () => void): void;
  pause(): void;
  resume(): void;
  stop(): void;
}
