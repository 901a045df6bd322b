import { checkinScene, inviteScene, isValidScene, SCENE_MAX_LENGTH, sceneKind } from './scene'

const SECRET = 'x'.repeat(32)

describe('short-code scenes', () => {
  it('fit WeChat’s scene rules and say their kind', () => {
    const invite = inviteScene('ABCD2345')
    const checkin = checkinScene('meeting-1', 12345, SECRET)
    for (const scene of [invite, checkin]) {
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH)
      expect(isValidScene(scene)).toBe(true)
      expect(scene).not.toContain('%')
    }
    expect(sceneKind(invite)).toBe('invite')
    expect(sceneKind(checkin)).toBe('checkin')
  })

  it('are deterministic (a retried mint gives the same scene) and differ per input', () => {
    expect(inviteScene('ABCD2345')).toBe(inviteScene('ABCD2345'))
    expect(inviteScene('ABCD2345')).not.toBe(inviteScene('ABCD2346'))
    expect(checkinScene('m', 1, SECRET)).toBe(checkinScene('m', 1, SECRET))
    expect(checkinScene('m', 1, SECRET)).not.toBe(checkinScene('m', 2, SECRET))
    expect(checkinScene('m', 1, SECRET)).not.toBe(checkinScene('n', 1, SECRET))
  })

  it('cannot be computed for a check-in without the secret', () => {
    expect(checkinScene('m', 1, SECRET)).not.toBe(checkinScene('m', 1, 'y'.repeat(32)))
  })

  it('recognises only its own format', () => {
    expect(sceneKind('ABCD2345')).toBeNull()
    expect(sceneKind('x' + 'a'.repeat(24))).toBeNull()
    expect(sceneKind('i' + 'a'.repeat(23))).toBeNull()
    expect(sceneKind('i' + 'a'.repeat(23) + '%')).toBeNull()
    expect(isValidScene('a%20b')).toBe(false)
    expect(isValidScene('中文')).toBe(false)
    expect(isValidScene('a'.repeat(33))).toBe(false)
  })
})
