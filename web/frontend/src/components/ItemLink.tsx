import { Link } from 'react-router'
import type { ItemKind } from '../api/assignmentTypes'

export function itemPath(kind: ItemKind, id: string): string {
  return `/${kind === 'ASSIGNMENT' ? 'assignments' : kind === 'DELEGATION' ? 'delegations' : 'tasks'}/${id}`
}

export function ItemLink({ kind, id, children }: { kind: ItemKind; id: string; children: string }) {
  return <Link to={itemPath(kind, id)}>{children}</Link>
}
