export async function benchCommand(_o: { quick?: boolean }): Promise<void> { throw new Error("not yet"); }
