const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

/** A fresh, increasing snowflake id (its timestamp is now), as Discord makes them. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | counter);
}
