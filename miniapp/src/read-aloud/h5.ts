import type { ReadAloud } from './types';

type SpeechWindow = {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

/** Browser read-aloud on `speechSynthesis`, in a Chinese voice when the device has one. */
export function createSpeechSynthesisReader(scope: SpeechWindow = globalThis as SpeechWindow): ReadAloud {
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  let run = 0;

  const chineseVoice = () =>
    synth?.getVoices().find((voice) => /^zh[-_]CN/i.test(voice.lang)) ??
    synth?.getVoices().find((voice) => /^(zh|cmn)/i.test(voice.lang));

  return {
    available: () => Boolean(synth && Utterance),
    speak(parts, onEnd) {
      if (!synth || !Utterance) return;
      synth.cancel();
      const thisRun = ++run;
      const queue = parts.map((part) => part.trim()).filter(Boolean);
      // One utterance per section, queued one after another: long single utterances are cut
      // off by some browsers, and a section is a natural place to pause.
      const next = (index: number) => {
        if (thisRun !== run) return;
        if (index >= queue.length) {
          onEnd?.();
          return;
        }
        const utterance = new Utterance(queue[index]!);
        utterance.lang = 'zh-CN';
        const voice = chineseVoice();
        if (voice) utterance.voice = voice;
        utterance.rate = 0.9;
        utterance.onend = () => next(index + 1);
        utterance.onerror = () => next(index + 1);
        synth.speak(utterance);
      };
      next(0);
    },
    pause: () => synth?.pause(),
    resume: () => synth?.resume(),
    stop() {
      run++;
      synth?.cancel();
    },
  };
}
