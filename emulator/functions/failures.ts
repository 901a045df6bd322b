/**
 * How invocations fail, in CloudBase's codes and wording: SCF's messages are
 * what the app and the SDK show, so each failure is built in one place.
 */
import { EmulatorError, ErrorCode } from '../core/errors'

/** main threw, rejected, crashed its instance or returned what JSON cannot carry. */
export function executeFail(name: string, err: { name?: string; message: string }): EmulatorError {
  const label = err.name && err.name !== 'Error' ? `${err.name}: ` : ''
  return new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${name} 执行出错：${label}${err.message}`)
}

/** The bundle did not load (syntax error, no `exports.main`): every invocation fails with it, as on SCF. */
export function loadFailed(name: string, message: string): EmulatorError {
  return new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${name} 加载失败：${message}`)
}

export function exited(name: string, code: number): EmulatorError {
  return new EmulatorError(ErrorCode.FUNCTION_EXECUTE_FAIL, `云函数 ${name} 执行出错：进程退出（exit code ${code}）`)
}

export function timedOut(name: string, seconds: number): EmulatorError {
  return new EmulatorError(
    ErrorCode.FUNCTION_TIMEOUT,
    `函数执行超时：云函数 ${name} 超过 ${seconds} 秒未返回（Invoking task timed out after ${seconds} seconds）`
  )
}

/** An instance stopped for another reason than its invocation (a rebuild, the host closing). */
export function instanceStopped(name: string): EmulatorError {
  return new EmulatorError(ErrorCode.INTERNAL, `云函数 ${name} 的实例已停止`)
}

export function hostClosed(): EmulatorError {
  return new EmulatorError(ErrorCode.INTERNAL, '云函数宿主已关闭')
}
