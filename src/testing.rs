//! Helpers shared by the unit tests.

/// A xorshift generator: reproducible "random" input for the tests that
/// compare a fast path with its reference on thousands of generated cases.
pub(crate) struct Xorshift(u32);

impl Xorshift {
    /// A generator started from `seed` (not zero).
    pub(crate) fn new(seed: u32) -> Self {
        Xorshift(seed)
    }

    /// The next item of `from`, drawn at random.
    pub(crate) fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        from[self.0 as usize % from.len()]
    }
}
