import { PrivacyPolicy } from '@/features/privacy/components/PrivacyPolicy'
import { StackPage } from '@/layouts/StackPage'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'

/** 隐私政策 (用户隐私保护指引): open to everyone, from 我的 and from the agreement popup. */
export default function PrivacyPolicyPage() {
  return (
    <StackPage className="ps-privacy-page">
      <PrivacyPolicy />
    </StackPage>
  )
}
