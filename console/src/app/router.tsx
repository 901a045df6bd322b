import { createBrowserRouter } from 'react-router-dom'
import { SignInPage } from '../features/signin/SignInPage'
import { CONSOLE_PAGES } from './pages'
import { HomeRedirect, Shell } from './Shell'

/** History routing under /console/: the emulator (and static hosting) answer every path with index.html. */
export const router = createBrowserRouter(
  [
    { path: '/signin', element: <SignInPage /> },
    {
      path: '/',
      element: <Shell />,
      children: [{ index: true, element: <HomeRedirect /> }, ...CONSOLE_PAGES.map((page) => ({ path: page.path, children: page.routes }))]
    },
    { path: '*', element: <HomeRedirect /> }
  ],
  { basename: '/console' }
)
