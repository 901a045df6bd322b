/** The role tables live in the contract so the mini-program shares them; the domain decides with them. */
export { ROLE_CAPABILITIES, ROLE_RANK, ROLE_UNIT_TYPES, ROLES } from '../../contract/org-rules'
