// Send restrictions (cosmos `SendRestrictionFn`): hooks later modules append to veto or redirect
// transfers between accounts. They run in order; each sees the recipient the previous one chose.
import type { Coin, Context } from '../sdk/index.js'

/** Returns the (possibly different) recipient, or throws a registered error to refuse the transfer. */
export type SendRestrictionFn = (ctx: Context, from: string, to: string, amount: Coin[]) => string

export class SendRestrictions {
  private readonly fns: SendRestrictionFn[] = []

  append(fn: SendRestrictionFn): void {
    this.fns.push(fn)
  }

  prepend(fn: SendRestrictionFn): void {
    this.fns.unshift(fn)
  }

  apply(ctx: Context, from: string, to: string, amount: Coin[]): string {
    let recipient = to
    for (const fn of this.fns) recipient = fn(ctx, from, recipient, amount)
    return recipient
  }
}
