//! Text analysis for Ungstemme: redaction, distress screening, language detection, framework labels and emergent themes. No I/O, no web.
