/**
 * Function output arrives in whatever chunks the function wrote; the log gets
 * whole lines, so that each line carries its function's prefix once. A trailing
 * partial line waits for its newline, or for the instance's end (`flush`).
 */
import type { OutputStream } from './protocol'

/** Where function output goes, one line at a time. */
export type LogSink = (functionName: string, line: string, stream: OutputStream) => void

export class LogBuffer {
  private readonly partial: Record<OutputStream, string> = { stdout: '', stderr: '' }

  constructor(private readonly emit: (line: string, stream: OutputStream) => void) {}

  write(stream: OutputStream, text: string): void {
    const lines = (this.partial[stream] + text).split('\n')
    this.partial[stream] = lines.pop() ?? ''
    for (const line of lines) this.emit(line, stream)
  }

  /** Emits what is left without its newline: the instance is ending and nothing will complete it. */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.emit(this.partial[stream], stream)
      this.partial[stream] = ''
    }
  }
}

/** This process's stdout/stderr with a `[fn:<name>]` prefix. */
export const defaultLog: LogSink = (name, line, stream) => {
  ;(stream === 'stderr' ? process.stderr : process.stdout).write(`[fn:${name}] ${line}\n`)
}
