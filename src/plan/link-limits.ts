// Link lengths, apart from the codec: the share panel says them before (and
// without) loading the compression library.

/** A typical plan stays well below; above this the app offers the plan file. */
export const LINK_WARN_LENGTH = 2000
/** Longer input is refused before any decoding work. */
export const MAX_LINK_LENGTH = 200_000
