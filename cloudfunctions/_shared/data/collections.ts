/**
 * Every collection and index the project uses, declared once. The seed (and
 * a deploy-time migration) creates them; the emulator enforces the unique ones.
 * Kept free of SDK imports so the emulator and scripts can read it too.
 */
export interface IndexDeclaration {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  sparse?: boolean
}

export interface CollectionDeclaration {
  name: string
  indexes?: IndexDeclaration[]
}

export const COLLECTIONS: CollectionDeclaration[] = [
  { name: 'units', indexes: [{ name: 'path', keys: { path: 1 } }] },
  {
    name: 'members',
    indexes: [
      // One WeChat account binds to at most one member; unbound members have no openid.
      { name: 'openid_unique', keys: { openid: 1 }, unique: true, sparse: true },
      { name: 'unit', keys: { unitId: 1 } }
    ]
  }
]
