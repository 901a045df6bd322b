import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { qrMatrix } from '@/lib/qr'
import './QrCode.css'

/**
 * A QR code drawn with Views (no canvas, so the same markup works on weapp and
 * H5): one View per row, one per run of same-coloured modules, sized in
 * percent of a square box whose size the CSS sets.
 */
export function QrCode({ text, className }: { text: string; className?: string }) {
  const matrix = useMemo(() => qrMatrix(text), [text])
  const unit = 100 / matrix.size
  return (
    <View className={`ps-qr ${className ?? ''}`} ariaLabel="二维码" ariaRole="img">
      <View className="ps-qr__grid">
        {matrix.rows.map((runs, row) => (
          <View key={row} className="ps-qr__row" style={{ height: `${unit}%` }}>
            {runs.map((run, index) => (
              <View key={index} className={run.dark ? 'ps-qr__dark' : 'ps-qr__light'} style={{ width: `${run.length * unit}%` }} />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
