/**
 * Permission writes on a list or list item, spelt exactly as the SharePoint REST reference writes them. PnPjs's own
 * helpers put a blank after the comma (`addroleassignment(principalid=5, roledefid=6)`), and inside a `$batch` part
 * the url is followed by ` HTTP/1.1` on the request line, where a blank separates the parts: these helpers send the
 * url without one.
 */
import { spPost, SPQueryable, type ISPQueryable } from '@pnp/sp';

export function breakRoleInheritance(securable: ISPQueryable): Promise<unknown> {
  return spPost(SPQueryable(securable, 'breakroleinheritance(copyroleassignments=false,clearsubscopes=false)'));
}

export function resetRoleInheritance(securable: ISPQueryable): Promise<unknown> {
  return spPost(SPQueryable(securable, 'resetroleinheritance'));
}

function checkedId(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a SharePoint id: ${value}`);
  return value;
}

export function addRoleAssignment(securable: ISPQueryable, principalId: number, roleDefId: number): Promise<unknown> {
  return spPost(SPQueryable(securable, `roleassignments/addroleassignment(principalid=${checkedId(principalId)},roledefid=${checkedId(roleDefId)})`));
}

export function removeRoleAssignment(securable: ISPQueryable, principalId: number, roleDefId: number): Promise<unknown> {
  return spPost(SPQueryable(securable, `roleassignments/removeroleassignment(principalid=${checkedId(principalId)},roledefid=${checkedId(roleDefId)})`));
}
