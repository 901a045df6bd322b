import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router-dom'
import { router } from './app/router'
// TDesign speaks Chinese by default (its zh_CN locale), so no ConfigProvider is needed.
import { SessionProvider } from './session/session'
// TDesign's design tokens (--td-*) and base styles; each component brings its own CSS with it.
import 'tdesign-react/es/style/index.css'
import './console.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>
  )
}
