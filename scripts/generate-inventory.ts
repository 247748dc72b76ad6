// Generated room inventories for the benchmark and tests: deterministic, with
// known numbers of long names, clashes, invitations off, federated and disabled rooms.
export function generateInventoryCsv(rooms: number): string {
  const lines = ['category_path,room_name,category_invitations,disabled,federated_members']
  for (let i = 0; i < rooms; i++) {
    let path = `Division ${i % 17}/Team ${i % 101}`
    let name = `Room ${i}`
    if (i % 1000 === 1) name = `Long ${i} ${'x'.repeat(260)}` // GC-03
    if (i % 1000 === 3) {
      // GC-08: every thousandth room lands on the same flattened name.
      path = 'Shared'
      name = 'Clash'
    }
    const invitations = i % 250 === 0 ? 'off' : 'on'
    const disabled = i % 500 === 4 ? 'yes' : 'no'
    const federated = i % 333 === 5 ? 2 : 0
    lines.push(`${path},"${name}",${invitations},${disabled},${federated}`)
  }
  return `${lines.join('\n')}\n`
}
