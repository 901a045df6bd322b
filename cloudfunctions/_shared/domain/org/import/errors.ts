/**
 * The whole file is unusable (not an .xlsx, encrypted, too many rows). Row
 * problems are never thrown: they are collected into ImportPreview.errors so a
 * secretary can fix them all in one go. The message is shown to the user as is.
 */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportFileError'
  }
}
