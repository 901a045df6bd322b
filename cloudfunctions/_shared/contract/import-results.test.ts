import { addImportResults } from './org'

test('an import tally adds each chunk: new, unchanged, and the rows registered elsewhere in order', () => {
  const first = { created: 3, unchanged: 1, elsewhere: [4] }
  const second = { created: 0, unchanged: 2, elsewhere: [57, 60] }
  expect(addImportResults(first, second)).toEqual({ created: 3, unchanged: 3, elsewhere: [4, 57, 60] })
  expect(first).toEqual({ created: 3, unchanged: 1, elsewhere: [4] })
})
