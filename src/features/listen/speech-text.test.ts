import { MAX_PIECE_CHARS, materialSpeech, speechPieces } from './speech-text'

describe('听学 text pieces', () => {
  it('keeps short text whole and joins sentences up to the limit', () => {
    expect(speechPieces('学习党章。遵守党纪！')).toEqual(['学习党章。遵守党纪！'])
    expect(speechPieces('一二三。四五六。七八九。', 8)).toEqual(['一二三。四五六。', '七八九。'])
  })

  it('cuts at sentence ends, then commas, then by length, and loses no text', () => {
    const long = '甲'.repeat(450) + '，' + '乙'.repeat(30) + '。结尾。'
    const pieces = speechPieces(long)
    for (const piece of pieces) expect([...piece].length).toBeLessThanOrEqual(MAX_PIECE_CHARS)
    expect(pieces.join('')).toBe(long)
  })

  it('never splits a surrogate pair and drops empty lines', () => {
    const text = '𠀀'.repeat(5) + '\n\n\n'
    const pieces = speechPieces(text, 2)
    expect(pieces).toEqual(['𠀀𠀀', '𠀀𠀀', '𠀀'])
  })

  it('reads a material by title and full text, or says where to find it', () => {
    expect(materialSpeech({ title: '党章', fullText: '第一条', page: null, note: null })).toBe('党章。\n第一条')
    expect(materialSpeech({ title: '汇编', fullText: null, page: 12, note: '已发支部' })).toBe('汇编。\n该材料未附全文，请查阅学习材料汇编第 12 页，已发支部。')
  })
})
