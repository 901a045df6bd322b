import { Button, Layout, Menu } from 'tdesign-react'
import { LogoutIcon } from 'tdesign-icons-react'
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom'
import { useSession } from '../session/session'
import { CONSOLE_PAGES } from './pages'

const { Header, Aside, Content } = Layout

/** The frame of every signed-in page: the menu by role, who is signed in, 退出登录. */
export function Shell() {
  const { state, signOut, can } = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  if (state.status === 'checking') return <div className="status-view">正在确认登录状态…</div>
  if (state.status === 'signed-out') {
    const from = location.pathname + location.search
    return <Navigate to={`/signin?from=${encodeURIComponent(from)}`} replace />
  }
  const pages = CONSOLE_PAGES.filter((page) => page.capabilities.some(can))
  const active = location.pathname.split('/')[1] ?? ''
  const member = state.member
  return (
    <Layout className="shell">
      <Aside className="shell-aside" width="184px">
        <div className="shell-brand">党员学习教育 · 管理端</div>
        <Menu value={active} onChange={(value) => navigate(`/${String(value)}`)} width="184px">
          {pages.map((page) => (
            <Menu.MenuItem key={page.path} value={page.path} icon={page.icon}>
              {page.label}
            </Menu.MenuItem>
          ))}
        </Menu>
      </Aside>
      <Layout>
        <Header className="shell-header">
          <span className="shell-who" data-testid="who">
            {member.name}
            <span className="shell-roles">{member.roleLabels.join('、')}</span>
          </span>
          <Button variant="text" icon={<LogoutIcon />} onClick={() => void signOut().then(() => navigate('/signin'))}>
            退出登录
          </Button>
        </Header>
        <Content className="shell-content">{pages.length === 0 ? <div className="status-view">当前身份没有可用的管理功能。</div> : <Outlet />}</Content>
      </Layout>
    </Layout>
  )
}

/** /console/ opens the first page the member may use. */
export function HomeRedirect() {
  const { can } = useSession()
  const first = CONSOLE_PAGES.find((page) => page.capabilities.some(can))
  return first ? <Navigate to={`/${first.path}`} replace /> : <div className="status-view">当前身份没有可用的管理功能。</div>
}
