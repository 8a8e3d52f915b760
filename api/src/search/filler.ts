// Words that never decide whether something matches: grammar, question words and the filler of a
// spoken question (我想问一下老人每月能领多少钱). Documents are indexed without them and queries lose
// them, so 怎么 or 吗 can never be the reason nothing is found.

export const FILLER_WORDS: ReadonlySet<string> = new Set([
  // grammar
  '的', '地', '得', '了', '着', '过', '和', '与', '及', '或', '或者', '以及', '并', '并且', '而', '也', '都', '就', '还', '又', '再',
  '在', '是', '为', '以', '之', '其', '于', '将', '把', '被', '由', '从', '向', '对', '按', '给', '让', '使', '等', '等等', '这', '那',
  '这个', '那个', '这些', '那些', '个', '些', '所', '该', '各', '每个', '有', '有关', '关于', '一个', '一下', '一些',
  // people asking
  '我', '我们', '我的', '我想', '我要', '我家', '我妈', '我爸', '妈妈', '爸爸', '今年', '你', '您', '你们', '他', '她', '它', '他们', '咱', '咱们', '自己', '家里', '请', '请问', '问', '问问', '想', '想要',
  '要', '需要', '准备', '带', '带上', '知道', '了解', '告诉', '帮', '帮忙', '一下子',
  // question words and particles
  '吗', '呢', '吧', '啊', '呀', '嘛', '么', '哦', '喔', '哈', '呐', '怎', '怎么', '怎样', '怎么样', '怎么办', '如何', '咋', '咋办', '咋样',
  '哪', '哪里', '哪儿', '哪些', '哪个', '那里', '什么', '啥', '谁', '为什么', '为啥', '多少', '多少钱', '几', '多久', '何时', '是否', '是不是',
  '能', '能不能', '可以', '可不可以', '可否', '会', '会不会', '有没有', '没有', '行', '行不行', '应该', '去', '到', '来', '领', '办', '弄', '搞',
]);

export type QuestionIntent = 'amount' | 'time' | 'place' | 'procedure';

/**
 * Words the index adds to a unit for each amount (200元) and each date (7月1日) in it, so a question
 * asking how much or when prefers the section that says so. They cannot be typed: they hold a '#'.
 */
export const AMOUNT_MARK = '#amount';
export const DATE_MARK = '#date';

/**
 * What a question asks for, read before the words are dropped: it adds a small preference for
 * passages that hold that kind of answer (an amount in 元, a date, an address, the steps), but a
 * document never matches on the question alone.
 */
export const QUESTION_INTENTS: ReadonlyArray<{ intent: QuestionIntent; pattern: RegExp; terms: string[] }> = [
  { intent: 'amount', pattern: /多少钱|多少|几(?:块|元|百|千)钱?|标准是?多少|给多少/u, terms: [AMOUNT_MARK, '标准', '金额'] },
  { intent: 'time', pattern: /什么时候|啥时候?|何时|几(?:月份?|号|日|点|时)|多久|多长时间|哪天/u, terms: [DATE_MARK, '时间', '截止'] },
  { intent: 'place', pattern: /在哪(?:里|儿)?|哪里|哪儿|什么地方|去哪/u, terms: ['地点', '地址', '窗口', '中心'] },
  { intent: 'procedure', pattern: /怎么样|怎么(?:办|申请|弄|领)?|如何|怎样|咋(?:办|弄)?|流程|手续/u, terms: ['申请', '办理', '流程'] },
];

/** Amounts and dates in a text: marked in the index, and highlighted when the question asked how much or when. */
export const INTENT_ANSWERS: Readonly<Partial<Record<QuestionIntent, { pattern: RegExp; mark: string }>>> = {
  amount: { pattern: /\d+(?:\.\d+)?\s*(?:万元|元|块)/gu, mark: AMOUNT_MARK },
  time: { pattern: /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:份|底|初|中旬)?/gu, mark: DATE_MARK },
};
