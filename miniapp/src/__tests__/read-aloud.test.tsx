import { act, fireEvent, render, screen } from '@testing-library/react';
import { ReadAloudBar } from '../components/ReadAloudBar';
import { setReadAloud } from '../read-aloud';
import { createSpeechSynthesisReader } from '../read-aloud/h5';
import { createWechatSIReader } from '../read-aloud/weapp';
import { utf8Bytes } from '../read-aloud/split';
import { createInnerAudioContext } from '../../test-support/taro';
import { recordingEngine } from '../../test-support/read-aloud';

afterEach(() => setReadAloud(undefined));

describe('朗读 button', () => {
  it('says 本设备不支持朗读 where no engine exists (this jsdom has no speechSynthesis)', () => {
    render(<ReadAloudBar parts={() => ['标题']} />);
    const button = screen.getByRole('button', { name: '本设备不支持朗读' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('reads, pauses, resumes and stops', () => {
    const engine = recordingEngine();
    render(<ReadAloudBar parts={() => ['一、总体要求', '二、重点任务']} />);
    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }));
    expect(engine.speak).toHaveBeenCalledWith(['一、总体要求', '二、重点任务'], expect.any(Function));
    fireEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect(engine.pause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(engine.resume).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '停止' }));
    expect(engine.stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy();

    // Reading to the end brings the 朗读 button back.
    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }));
    act(() => engine.done!());
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy();
  });
});

describe('engines', () => {
  it('H5: speechSynthesis reads section by section in a Chinese voice', () => {
    const spoken: Array<{ text: string; lang: string; voice?: unknown; onend?: () => void }> = [];
    class Utterance {
      lang = '';
      voice?: unknown;
      rate = 1;
      onend?: () => void;
      onerror?: () => void;
      constructor(readonly text: string) {}
    }
    const zh = { lang: 'zh-CN', name: '婷婷' };
    const synth = {
      speak: jest.fn((u: Utterance) => spoken.push(u)),
      cancel: jest.fn(),
      pause: jest.fn(),
      resume: jest.fn(),
      getVoices: () => [{ lang: 'en-US', name: 'Alex' }, zh],
    };
    const reader = createSpeechSynthesisReader({
      speechSynthesis: synth as unknown as SpeechSynthesis,
      SpeechSynthesisUtterance: Utterance as unknown as typeof SpeechSynthesisUtterance,
    });
    expect(reader.available()).toBe(true);
    const onEnd = jest.fn();
    reader.speak(['第一节。', '第二节。'], onEnd);
    expect(spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([['第一节。', 'zh-CN', zh]]);
    spoken[0]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(['第一节。', '第二节。']);
    spoken[1]!.onend!();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('weapp: 同声传译 gets pieces of at most 1000 bytes, played one after another', () => {
    const contents: string[] = [];
    const plugin = {
      textToSpeech: jest.fn((options: { content: string; success: (r: { retcode: number; filename: string }) => void }) => {
        contents.push(options.content);
        options.success({ retcode: 0, filename: `https://tts/${contents.length}.mp3` });
      }),
    };
    let ended: (() => void) | undefined;
    const audio = { src: '', play: jest.fn(), pause: jest.fn(), stop: jest.fn(), onEnded: (cb: () => void) => (ended = cb), onError: jest.fn(), offEnded: jest.fn(), offError: jest.fn() };
    createInnerAudioContext.mockReturnValue(audio);

    const reader = createWechatSIReader(plugin);
    const long = '解读材料与政策文件同步起草、同步审签、同步发布。'.repeat(20); // 1440 bytes
    const onEnd = jest.fn();
    reader.speak(['标题', long], onEnd);
    expect(contents).toEqual(['标题']);
    expect(audio.src).toBe('https://tts/1.mp3');
    ended!();
    ended!();
    ended!();
    expect(contents).toHaveLength(3);
    for (const content of contents) expect(utf8Bytes(content)).toBeLessThanOrEqual(1000);
    expect(contents.slice(1).join('')).toBe(long);
    expect(onEnd).toHaveBeenCalledTimes(1);

    reader.pause();
    expect(audio.pause).toHaveBeenCalled();
    reader.stop();
    expect(audio.stop).toHaveBeenCalled();
  });

  it('weapp: without the plugin it reports itself unavailable', () => {
    expect(createWechatSIReader(undefined).available()).toBe(false);
  });
});
