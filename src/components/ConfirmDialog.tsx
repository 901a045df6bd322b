import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { showError } from '@/lib/toast'
import { Dialog } from '@/ui/dialog'
import './ConfirmDialog.css'

interface ConfirmDialogProps {
  visible: boolean
  title: string
  /** The consequence, said plainly. */
  message?: ReactNode
  confirmText?: string
  disableConfirm?: boolean
  className?: string
  /** Runs the action; while it runs the button spins, and if it fails the dialog stays open with the error shown. */
  onConfirm: () => Promise<void>
  onClose: () => void
  children?: ReactNode
}

/** The one confirmation for anything that cannot simply be undone. */
export function ConfirmDialog({ visible, title, message, confirmText = '确认', disableConfirm, className, onConfirm, onClose, children }: ConfirmDialogProps) {
  const confirm = async () => {
    try {
      await onConfirm()
    } catch (error) {
      showError(error)
      throw error // keeps the dialog open
    }
  }
  return (
    <Dialog
      className={`ps-confirm-dialog ${className ?? ''}`}
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText="取消"
      disableConfirmButton={disableConfirm}
      closeOnOverlayClick={false}
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      {message && <View className="ps-confirm-dialog__message">{message}</View>}
      {children}
    </Dialog>
  )
}
