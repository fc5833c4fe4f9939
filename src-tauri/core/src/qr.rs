//! A step's link as a QR code, so that a person following the steps on the
//! computer can open the same page on their phone (where Meta's app, if
//! installed, takes it). Drawn here, from the link the allow-list passed:
//! nothing is sent anywhere.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `url` as an SVG document: dark modules on white, with a
/// quiet zone, sized to be read from a laptop screen at arm's length.
pub fn svg(url: &str) -> Option<String> {
    // Medium error correction: a link of a few dozen characters stays a
    // small code that phone cameras read from a screen at once.
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_link_becomes_an_svg_code() {
        let svg = super::svg("https://www.facebook.com/privacy/genai/").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg") && svg.contains("#000000"), "{svg}");
    }
}
