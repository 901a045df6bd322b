import { Radio } from '@/ui/radio'

export interface Choice<V extends string> {
  value: V
  label: string
}

/** A row of button-shaped choices (党员类型, 人员类别, …). */
export function ChoiceGroup<V extends string>({
  value,
  choices,
  onChange,
  className
}: {
  value: V
  choices: Array<Choice<V>>
  onChange: (value: V) => void
  className?: string
}) {
  return (
    <Radio.Group
      className={`ps-choices ${className ?? ''}`}
      direction="horizontal"
      shape="button"
      value={value}
      options={choices.map((choice) => ({ value: choice.value, label: choice.label }))}
      onChange={(next) => onChange(String(next) as V)}
    />
  )
}
