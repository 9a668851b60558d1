// Vietnamese function syllables that carry little topic meaning: conjunctions, prepositions, classifiers,
// aspect/modal markers, pronouns and discourse fillers. Compiled by hand from Vietnamese grammar (not from
// any evaluation set). Forms are folded as foldKey folds them (NFC, lower case, tone on the first vowel of
// oa/oe/uy), so compare folded syllables only. Used to weight sentence similarity toward content syllables.
import { foldKey } from './normalize';

const WORDS = `
và với của các những được đã đang sẽ trong cho là có này đó kia ấy nọ thì mà nhưng nên vì do bởi nếu
tuy dù hoặc hay cũng còn lại vẫn đều chỉ rất quá lắm hơn nhất nữa thêm đến tới từ tại ở về theo trên dưới
ngoài giữa sau trước khi lúc bị nhằm để việc sự cuộc nơi điều cái chiếc con một hai ba mỗi mọi từng nhiều
ít số các toàn bộ cả như thế vậy nào gì ai đâu sao bao chưa không chẳng đừng hãy phải cần nên muốn
ra vào lên xuống đi tôi ta chúng mình họ ông bà anh chị em nó người nhau đây đấy này kia thế rồi
vừa mới luôn ngay cùng qua nay đối với nhằm nhất là gồm bao gồm thuộc
có thể được cho hơn nữa tuy nhiên ngoài ra bên cạnh đồng thời trong đó theo đó
`;

export const STOP_SYLLABLES: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/u)
    .filter(Boolean)
    .map((w) => foldKey(w)),
);

/** True for a folded syllable that is a function word. */
export function isStopSyllable(form: string): boolean {
  return STOP_SYLLABLES.has(form);
}
