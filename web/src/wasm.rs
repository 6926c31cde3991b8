//! The WebAssembly exports: the whole boundary between the page's script and the knowledge base.
//!
//! The script writes a UTF-8 string into the input buffer (at [`input`], at most [`input_capacity`] bytes),
//! calls one of [`ask`], [`search`], [`lookup`], [`entry`] or [`entries`] with its length, and reads that
//! many bytes of JSON from the output buffer (at [`output`]); 0 means the JSON did not fit (no answer here
//! comes near: the host tests check every entry). [`info`] takes no input.
//!
//! No `unsafe` block: the buffers are arrays of `AtomicU8`, which Rust allows to change behind a shared
//! reference, so the script writing into them between calls breaks no assumption of the compiler (the module
//! is single-threaded; the atomics compile to plain loads and stores). The only unsafe code is the
//! `#[unsafe(no_mangle)]` attribute on each export, which edition 2024 marks unsafe because two items with
//! one symbol name would clash at link time; these names are unique in the module, which links nothing else
//! that exports symbols.

use core::sync::atomic::{AtomicU8, Ordering::Relaxed};

use crate::json::{Json, Sink};

/// Bytes of input: the crate reads the first `MAX_QUERY_BYTES` (1 KiB) of a question; the rest is room.
const INPUT_CAPACITY: usize = 4096;
/// Bytes of output: the largest entry in full is about a tenth of this.
const OUTPUT_CAPACITY: usize = 64 * 1024;

static INPUT: [AtomicU8; INPUT_CAPACITY] = [const { AtomicU8::new(0) }; INPUT_CAPACITY];
static OUTPUT: [AtomicU8; OUTPUT_CAPACITY] = [const { AtomicU8::new(0) }; OUTPUT_CAPACITY];

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// The output buffer as a [`Sink`]: whatever does not fit is dropped and remembered.
struct Output {
    len: usize,
    overflow: bool,
}

impl Sink for Output {
    fn put(&mut self, bytes: &[u8]) {
        if self.overflow || bytes.len() > OUTPUT_CAPACITY - self.len {
            self.overflow = true;
            return;
        }
        for (slot, &b) in OUTPUT[self.len..].iter().zip(bytes) {
            slot.store(b, Relaxed);
        }
        self.len += bytes.len();
    }
}

/// Runs `write` on the first `len` bytes of input (cut at the last whole UTF-8 character) and returns how
/// many bytes of JSON it wrote, or 0 if they did not fit.
fn call(len: usize, write: impl FnOnce(&str, &mut Json<Output>)) -> usize {
    let mut bytes = [0u8; INPUT_CAPACITY];
    let len = len.min(INPUT_CAPACITY);
    for (b, slot) in bytes.iter_mut().zip(&INPUT[..len]) {
        *b = slot.load(Relaxed);
    }
    let text = match core::str::from_utf8(&bytes[..len]) {
        Ok(text) => text,
        Err(e) => core::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    let mut json = Json::new(Output {
        len: 0,
        overflow: false,
    });
    write(text, &mut json);
    let out = json.into_inner();
    if out.overflow { 0 } else { out.len }
}

/// The address of the input buffer in the module's memory.
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn input() -> usize {
    INPUT.as_ptr() as usize
}

/// The size of the input buffer in bytes.
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn input_capacity() -> usize {
    INPUT_CAPACITY
}

/// The address of the output buffer in the module's memory.
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn output() -> usize {
    OUTPUT.as_ptr() as usize
}

/// Answers the question in the input: see [`crate::write_ask`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn ask(len: usize) -> usize {
    call(len, crate::write_ask)
}

/// Ranked hits over every kind for the query in the input: see [`crate::write_search`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn search(len: usize) -> usize {
    call(len, crate::write_search)
}

/// The entry the name in the input resolves to: see [`crate::write_lookup`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn lookup(len: usize) -> usize {
    call(len, crate::write_lookup)
}

/// The entry at the `kind/id` path in the input, in full: see [`crate::write_entry`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn entry(len: usize) -> usize {
    call(len, crate::write_entry)
}

/// Every entry of the kind named in the input: see [`crate::write_entries`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn entries(len: usize) -> usize {
    call(len, crate::write_entries)
}

/// The disclaimer, content version and help lines: see [`crate::write_info`].
#[allow(unsafe_code)] // no_mangle: the symbol name is unique (see the module's documentation).
#[unsafe(no_mangle)]
pub extern "C" fn info() -> usize {
    call(0, |_, json| crate::write_info(json))
}
