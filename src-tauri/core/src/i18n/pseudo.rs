//! The pseudo-locale: English with every letter accented and vowels doubled,
//! in brackets. It reads as English, shows any string that escaped
//! translation, and runs about 40% longer, like German.

/// The pseudo-locale form of `text`: at least 40% longer than the English,
/// padded with `~` where doubled vowels alone fall short.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    out.push('[');
    out.push_str(&lengthen(text));
    out.push(']');
    out
}

/// Accented letters, doubled vowels and the padding, without the brackets.
fn lengthen(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut count = 0;
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        count += 1;
        if "aeiouAEIOU".contains(c) {
            out.push(accented);
            count += 1;
        }
    }
    let english = text.chars().count();
    // Two brackets count towards the length; the padding makes up the rest.
    let target = (english * 14).div_ceil(10);
    while count + 2 < target {
        out.push('~');
        count += 1;
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::pseudo;

    #[test]
    fn is_longer_and_keeps_non_letters() {
        let english = "Open the objection form on Facebook, then submit it.";
        let p = pseudo(english);
        assert!(p.chars().count() as f64 >= english.chars().count() as f64 * 1.4, "{p}");
        let long = "Check the email address, paste your reason, and click Submit when the form is filled in.";
        assert!(pseudo(long).chars().count() as f64 >= long.chars().count() as f64 * 1.4);
        assert!(p.contains(", ") && p.ends_with(']'));
        assert!(!p.contains('e'));
    }
}
