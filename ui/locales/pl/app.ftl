# The window's words in Polish. Same message ids as ../en/app.ftl.
# Informal "ty" throughout the app; letters (letters.ftl) use formal "Państwo".

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Krok po kroku: sprzeciw się trenowaniu AI, wycisz Meta AI, odetnij śledzenie i usuń to, czego chcesz się pozbyć.
skip-to-content = Przejdź do głównej treści
nav-dashboard = Przegląd
nav-settings = Ustawienia
nav-about = O aplikacji
top-navigation =
    .aria-label = Główna

## Notices and errors

notice-close = Zamknij
notice-label =
    .aria-label = Komunikat
error-details = Szczegóły: { $detail }
error-unknown-region = Tego kraju lub stanu nie ma na liście aplikacji. Wybierz go ponownie z listy.
error-unknown-platform = Jedna z wybranych aplikacji jest nieznana tej wersji. Zaznacz aplikacje jeszcze raz.
error-unknown-device = To urządzenie jest nieznane tej wersji. Wybierz jedno z dostępnych urządzeń.
error-flow-not-found = Ta instrukcja nie dotyczy już twojej sytuacji albo została usunięta. Wróć do przeglądu.
error-link-refused = Ze względów bezpieczeństwa ten link nie został otwarty: nie ma go na liście oficjalnych stron Meta i urzędów.
error-open-failed = Nie udało się uruchomić przeglądarki. Skopiuj adres widoczny pod przyciskiem i wklej go do przeglądarki.
error-progress = Nie udało się zapisać twoich postępów. Wpisane dane nadal tu są: spróbuj ponownie za chwilę albo sprawdź, czy dysk nie jest pełny.
error-progress-damaged = Plik z twoimi postępami jest uszkodzony i nie został zmieniony. Możesz zachować uszkodzony plik osobno i zacząć od nowa; nic z niego nie zostanie usunięte.
error-no-data-dir = Brak folderu, w którym można zapisywać twoje postępy. Sprawdź, czy twój folder domowy istnieje i czy można w nim zapisywać.
error-export = Nie udało się zapisać dokumentacji. Nic tam nie zapisano; wybierz inne miejsce i spróbuj ponownie.
error-no-app = Ta strona działa tylko w aplikacji { -app-name }.
error-other = Coś poszło nie tak. Spróbuj ponownie; jeśli błąd się powtarza, uruchom aplikację ponownie.
recover-progress = Zachowaj uszkodzony plik osobno i zacznij od nowa
recovered-progress = Uszkodzony plik zachowano jako { $path }. Zapis postępów zaczyna się od nowa.
own-flows-skipped = Pominięto niektóre z twoich własnych plików z instrukcjami: { $problems }

## First run and profile editing

welcome-title = Witaj
welcome-intro = Opowiedz nam trochę o swojej sytuacji. Od niej zależy, jakie masz prawa i które kroki cię dotyczą. Wszystko to możesz później zmienić.
welcome-privacy = Wszystko, co tu wpiszesz, zostaje na tym komputerze. Aplikacja nigdy sama nie łączy się z internetem.
profile-edit-title = Edytuj profil „{ $name }”
profile-new-title = Dodaj kolejny profil
profile-explain = Profil to jedno konto (albo zestaw kont jednej osoby), którego postępy śledzisz osobno, na przykład twoje własne i konto członka rodziny.
field-language = Język tej aplikacji
field-country = Gdzie mieszkasz
field-country-choose = Wybierz swój kraj…
field-platforms = Aplikacje, z których korzystasz
field-platforms-hint = Zaznacz każdą aplikację Meta, w której masz konto.
field-device = Gdzie będziesz wykonywać kroki
field-profile-name = Nazwa tego profilu
field-profile-name-hint = Widzisz ją tylko ty, np. „Moje konta” albo „Instagram Anny”.
field-profile-name-count = { $count } z { $max } znaków
field-profile-name-default = Moje konta
device-desktop = Komputer (przeglądarka internetowa)
device-ios = iPhone lub iPad
device-android = Telefon lub tablet z Androidem
welcome-start = Zaczynamy
profile-save = Zapisz zmiany
profile-add = Dodaj profil
profile-cancel = Anuluj
profile-needs-country = Wybierz kraj, w którym mieszkasz.
profile-needs-platform = Zaznacz co najmniej jedną aplikację, z której korzystasz.
profile-needs-name = Nadaj temu profilowi nazwę.
profile-name-too-long = Nazwa profilu może mieć najwyżej { $max } znaków; ta ma { $count }. Skróć ją: nic nie zostanie obcięte za ciebie.
profile-form-errors = Popraw następujące elementy:

## Dashboard

dashboard-title = Twój przegląd
profile-switch = Profil
profile-edit = Edytuj profil
profile-add-another = Dodaj profil
follow-ups-title = Wymaga twojej uwagi
follow-up-reply-due-overdue = Termin odpowiedzi Meta dotyczącej kroku „{ $step }” minął { $due }. Jeśli Meta nie odpowiedziała jak należy, możesz złożyć skargę.
follow-up-reply-due-soon = { $days ->
        [0] Termin odpowiedzi Meta dotyczącej kroku „{ $step }” mija dzisiaj ({ $due }).
        [one] Termin odpowiedzi Meta dotyczącej kroku „{ $step }” mija jutro ({ $due }).
        [few] Termin odpowiedzi Meta dotyczącej kroku „{ $step }” mija za { $days } dni, czyli { $due }.
        [many] Termin odpowiedzi Meta dotyczącej kroku „{ $step }” mija za { $days } dni, czyli { $due }.
       *[other] Termin odpowiedzi Meta dotyczącej kroku „{ $step }” mija za { $days } dni, czyli { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] Okres karencji przed usunięciem kończy się dzisiaj ({ $due }). Nie loguj się, dopóki nie minie.
        [one] Okres karencji przed usunięciem kończy się jutro ({ $due }). Do tego czasu się nie loguj: zalogowanie się anuluje usunięcie.
        [few] Okres karencji przed usunięciem kończy się za { $days } dni, czyli { $due }. Do tego czasu się nie loguj: zalogowanie się anuluje usunięcie.
        [many] Okres karencji przed usunięciem kończy się za { $days } dni, czyli { $due }. Do tego czasu się nie loguj: zalogowanie się anuluje usunięcie.
       *[other] Okres karencji przed usunięciem kończy się za { $days } dni, czyli { $due }. Do tego czasu się nie loguj: zalogowanie się anuluje usunięcie.
    }
follow-up-grace-ended = Okres karencji przed usunięciem zakończył się { $due }. Meta może potrzebować jeszcze do 90 dni, by usunąć dane.
follow-up-reminder-overdue = Przypomnienie dotyczące kroku „{ $step }”: termin minął { $due }.
follow-up-reminder-soon = { $days ->
        [0] Przypomnienie dotyczące kroku „{ $step }”: dzisiaj ({ $due }).
        [one] Przypomnienie dotyczące kroku „{ $step }”: jutro ({ $due }).
        [few] Przypomnienie dotyczące kroku „{ $step }”: za { $days } dni, czyli { $due }.
        [many] Przypomnienie dotyczące kroku „{ $step }”: za { $days } dni, czyli { $due }.
       *[other] Przypomnienie dotyczące kroku „{ $step }”: za { $days } dni, czyli { $due }.
    }
follow-up-escalate = Złóż skargę
follow-up-open = Otwórz krok
follow-up-move = Przesuń termin
follow-up-move-to = Nowy termin
follow-up-move-reason = Dlaczego się zmienia (np. Meta napisała, że potrzebuje dwóch miesięcy więcej)
follow-up-move-save = Zapisz nowy termin
follow-up-moved = pierwotnie { $first }; przesunięty: { $reason }
follow-up-moved-said = Termin przesunięto na { $due }.
follow-ups-later = { $count ->
        [one] Później przypada jeszcze jeden termin.
        [few] Później przypadają jeszcze { $count } terminy.
        [many] Później przypada jeszcze { $count } terminów.
       *[other] Później przypada jeszcze { $count } terminów.
    }
follow-ups-upcoming = Nadchodzące terminy
rights-title = Twoje prawa – { $region }
rights-objection = Masz ustawowe prawo sprzeciwić się wykorzystywaniu swoich danych przez Meta do trenowania AI, a Meta musi ci odpowiedzieć.
rights-none = Tam, gdzie mieszkasz, prawo nie daje ci możliwości sprzeciwu wobec trenowania AI. Nadal możesz wyciszyć Meta AI, ograniczyć śledzenie, ustawić posty jako prywatne i usunąć to, czego chcesz się pozbyć.
field-subdivision-us = Stan USA
field-subdivision-us-none = Inny stan lub nie wiem
field-subdivision-de = Kraj związkowy
field-subdivision-de-none = Nie wiem lub wolę nie podawać
field-subdivision-other = Prowincja lub region
field-subdivision-other-none = Nie wiem lub inny
rights-law = Obowiązujące prawo: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = ogólne rozporządzenie UE o ochronie danych (RODO)
law-name-uk-gdpr = UK GDPR i Data Protection Act 2018 (Wielka Brytania)
rights-can = Na jego podstawie możesz zażądać od Meta, by:
right-object = przestała wykorzystywać twoje informacje we własnym interesie, także do trenowania AI (prawo sprzeciwu)
right-delete = usunęła twoje dane osobowe
right-access = powiedziała, jakie dane o tobie przechowuje, i dała ci ich kopię
right-correct = poprawiła to, co jest błędne
right-opt-out-targeted-ads = przestała wykorzystywać twoje dane do reklamy ukierunkowanej
right-opt-out-sale = przestała sprzedawać lub udostępniać twoje dane
right-opt-out-profiling = przestała cię profilować
right-appeal = ponownie rozpatrzyła odmowę (odwołanie do Meta)
rights-from = To prawo daje ci uprawnienia wobec Meta od { $date }. Do tego czasu nie daje żadnych; od tego dnia możesz zażądać od Meta, by:
rights-reply = Meta musi odpowiedzieć w ciągu { $deadline }.
rights-reply-extension = Meta musi odpowiedzieć w ciągu { $deadline }; jeśli w porę poda ci powód, może wydłużyć ten czas – dodatkowo do { $extension }.
rights-opt-out-within = Sprzeciw wobec sprzedaży lub udostępniania musi zacząć działać w ciągu { $deadline }.
rights-authority = Jeśli Meta odmówi lub nie odpowie, możesz złożyć skargę do: { $authority }.
rights-appeal-first = Jeśli Meta odmówi, najpierw odwołaj się do Meta; jeśli odwołanie nic nie da, złóż skargę do: { $authority }.
rights-complain-first = Jeśli Meta odmówi lub nie odpowie, najpierw złóż reklamację do Meta i daj jej czas na odpowiedź; potem możesz złożyć skargę do: { $authority }.
rights-default-authority = Nie podano, gdzie w kraju { $country } mieszkasz, dlatego widzisz tu organ { $authority }, który nadzoruje biuro Meta w kraju { $country }. Wybierz swój region w profilu, aby zwrócić się do własnego organu.
rights-unclear = Źródła nie przesądzają, czy to prawo obejmuje Meta: możesz mimo to złożyć te żądania, ale Meta może twierdzić, że jej ono nie dotyczy.
rights-unverified = Nie udało nam się tego potwierdzić w datowanym źródle: traktuj to jako wskazówkę do sprawdzenia, nie jako pewnik.
deadline-months = { $count ->
        [one] miesiąca
        [few] { $count } miesięcy
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
deadline-days = { $count ->
        [one] jednego dnia
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
deadline-business-days = { $count ->
        [one] jednego dnia roboczego
        [few] { $count } dni roboczych
        [many] { $count } dni roboczych
       *[other] { $count } dnia roboczego
    }
flows-title = Co możesz zrobić
flows-empty = Przy tym wyborze nic nie ma zastosowania. Edytuj profil i zaznacz aplikacje, z których korzystasz.
flow-card-progress = Wykonane kroki: { $done } z { $total }
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Dotyczy: { $apps }
flow-card-next = Dalej: { $step }
flow-card-finished = Wszystkie kroki zapisane
flow-card-start = Zacznij
flow-card-continue = Kontynuuj
flow-card-review = Przejrzyj
flow-card-checked = Sprawdzono { $date }
flow-stale-tag = Może być nieaktualne
earlier-steps = { $count ->
        [one] Jeden zapisany krok pochodzi z wcześniejszej wersji instrukcji lub nie ma już zastosowania; nadal jest w twojej dokumentacji.
        [few] { $count } zapisane kroki pochodzą z wcześniejszej wersji instrukcji lub nie mają już zastosowania; nadal są w twojej dokumentacji.
        [many] { $count } zapisanych kroków pochodzi z wcześniejszej wersji instrukcji lub nie ma już zastosowania; nadal są w twojej dokumentacji.
       *[other] { $count } zapisanych kroków pochodzi z wcześniejszej wersji instrukcji lub nie ma już zastosowania; nadal są w twojej dokumentacji.
    }
platform-progress-title = Ukończone kroki według aplikacji:
platform-progress = { $platform }: { $done } z { $total }
record-title = Twoja dokumentacja
record-explain = Zapis wykonanych kroków z datami i dowodami, który możesz zachować dla siebie albo przekazać organowi nadzorczemu do spraw ochrony danych.
record-format = Format
record-format-html = Strona do druku (HTML, wydruk do PDF)
record-format-md = Markdown
record-format-csv = Arkusz kalkulacyjny (CSV)
record-format-json = JSON (można go ponownie zaimportować)
record-format-ics = Terminy do zapamiętania, do kalendarza (.ics)
record-export = Eksportuj…
record-import = Importuj dokumentację…
record-exported = Dokumentacja profilu „{ $name }” została zapisana w pliku { $path }.
record-imported = { $changes ->
        [one] Zaimportowano plik { $file }: dodano jedną zmianę.
        [few] Zaimportowano plik { $file }: dodano { $changes } zmiany.
        [many] Zaimportowano plik { $file }: dodano { $changes } zmian.
       *[other] Zaimportowano plik { $file }: dodano { $changes } zmian.
    }
record-imported-profiles = Nowe profile: { $names }.
record-imported-conflicts = Tam, gdzie dane się różniły, zachowano nowszy stan, a obie historie są w twojej dokumentacji: { $conflicts }.

## Settings

settings-title = Ustawienia
settings-language = Język tej aplikacji
settings-language-system = Taki sam jak w systemie ({ $name })
settings-meta-language = Język twoich aplikacji Meta
settings-meta-language-hint = Nazwy menu są podawane tak, jak wyglądają w twojej aplikacji Facebook lub Instagram. Jeśli twoje aplikacje Meta działają w innym języku niż ta aplikacja, wybierz go tutaj.
settings-meta-language-same = Taki sam jak w tej aplikacji
settings-saved = Zapisano.
settings-done = Wróć do przeglądu

## About

about-title = O aplikacji { -app-name }
about-version = Wersja { $version }
about-network = Ta aplikacja nigdy sama nie łączy się z internetem: nie wysyła telemetrii i nie sprawdza aktualizacji. Linki otwierają się w twojej własnej przeglądarce i prowadzą wyłącznie do oficjalnych stron Meta oraz organów nadzorczych do spraw ochrony danych.
about-storage = Twoje postępy są przechowywane w jednym pliku na tym komputerze, który możesz odczytać tylko ty. Instrukcje zawierają praktyczne informacje, a nie poradę prawną.
about-license = Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub nowszej.

## Walkthrough

walk-back = Wróć do przeglądu
walk-steps = Kroki
walk-step-of = Krok { $n } z { $total }
walk-checked = Sprawdzono ze źródłami { $date }
walk-stale = Tę instrukcję ostatnio sprawdzono { $date }, ponad 180 dni temu. Meta mogła od tego czasu przenieść swoje menu: jeśli coś wygląda inaczej, kieruj się tym, co widzisz, i zachowaj ostrożność.
walk-caveats = Dobrze wiedzieć
walk-sources = Źródła ({ $count })
walk-based-on = Na podstawie: { $sources }
confidence-high = Wysoka pewność
confidence-medium = Średnia pewność
confidence-low = Niska pewność
confidence-unverified = Niezweryfikowane
# A cited page that gives no date of its own.
source-undated = bez daty
status-todo = Do zrobienia
status-done = Zrobione
status-done-on = Wykonano { $date }
status-skipped = Pominięte
status-skipped-on = Pominięto { $date }: { $reason }
status-waiting = Oczekiwanie do { $date }
walk-device = Pokaż kroki dla
walk-menu-path = Gdzie to znaleźć
menu-label-english = Po angielsku: { $label }
menu-label-unconfirmed = niepotwierdzone
menu-label-unconfirmed-hint = To tłumaczenie nazwy menu Meta nie zostało potwierdzone na stronach pomocy Meta; w twojej aplikacji mogą być użyte inne słowa.
walk-instructions = Co zrobić
walk-open = Otwórz w przeglądarce
walk-open-authority = Otwórz stronę: { $name }
walk-open-hint = Otwiera { $host } w twojej przeglądarce.
walk-open-on-phone = Otwórz na telefonie
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } na tym komputerze
walk-qr-alt = Kod QR linku { $url }
walk-qr-explain = Zeskanuj go aparatem telefonu: strona otworzy się na nim, w aplikacji Meta, jeśli ją masz. Nic nie jest wysyłane; gdy skończysz, oznacz tu krok jako zrobiony.
walk-opened = Otwarto w przeglądarce. Wróć tutaj, gdy skończysz.
walk-authority = Właściwy urząd: { $name }
walk-follow-up = Po tym kroku: { $title } (za { $after }).
period-months = { $count ->
        [one] jeden miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesięcy
    }
period-days = { $count ->
        [one] jeden dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dni
    }
period-both = { $months } i { $days }
walk-record = Twój zapis tego kroku
walk-evidence = Dowody
walk-note = Notatka (opcjonalnie)
walk-done = Zrobione
walk-done-next = Zrobione, następny krok
walk-skip = Pomiń…
walk-skip-reason = Dlaczego pomijasz ten krok?
walk-skip-confirm = Pomiń ten krok
walk-skip-needs-reason = Napisz, dlaczego pomijasz ten krok, na przykład „Nie mam konta na Instagramie”.
walk-skip-cancel = Anuluj
walk-undo = Cofnij
walk-save = Zapisz notatkę i dowody
walk-saved = Zapisano.
walk-previous = Poprzedni krok
walk-next = Następny krok
walk-finish = Wróć do przeglądu
walk-no-profile = Dodaj profil, aby zapisywać postępy w tych krokach.
walk-marked-done = Zapisano jako zrobione.
walk-follow-up-created = Dodano do przeglądu na dzień { $due }: „{ $title }”.
walk-all-done = { $count ->
        [one] Krok tej instrukcji został zapisany.
        [few] Wszystkie { $count } kroki tej instrukcji zostały zapisane.
        [many] Wszystkie kroki tej instrukcji ({ $count }) zostały zapisane.
       *[other] Wszystkie kroki tej instrukcji ({ $count }) zostały zapisane.
    }
walk-next-guide = Następnie w twoim przeglądzie: „{ $title }”.

## Letters

letter-title = List, którego możesz użyć
letter-objection-explain = Wklej ten tekst do formularza sprzeciwu Meta. Dodaj własnymi słowami zdanie o swojej sytuacji: sprzeciw ma większą wagę, gdy podajesz w nim własny powód.
letter-complaint-explain = Wklej ten tekst do formularza skargi na stronie swojego urzędu albo wyślij go pocztą, dołączając wyeksportowaną dokumentację.
letter-in-language = Język: { $language }
letter-english-copy = Po angielsku (europejska siedziba Meta znajduje się w Irlandii)
letter-english-fallback = Nie ma jeszcze tekstu w wybranym języku ({ $language }), dlatego ten list jest po angielsku. Sprawdź, czy twój urząd przyjmuje pisma po angielsku.
letter-copy = Kopiuj
letter-copied = Skopiowano.
letter-copy-failed = Nie udało się skopiować. Zaznacz tekst i naciśnij Ctrl+C.
letter-edit-hint = Przed skopiowaniem możesz edytować tekst. Twoje zmiany nie są zapisywane.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Konto używane w Meta (opcjonalnie)
field-profile-account-hint = Nazwa użytkownika lub adres e-mail, których używasz w Meta. Pojawia się w rejestrze, aby organ wiedział, czyich danych dotyczy sprawa. Zostaje na tym komputerze.
record-format-bundle = Pakiet dla organu (.zip: rejestr, twoje pliki, sumy kontrolne)
follow-up-answer = Odpowiedz Meta
outcome-accepted = Uwzględniono wniosek
outcome-refused = Odmówiono
outcome-asked-for-more = Poproszono o dodatkowe informacje
outcome-no-answer = Brak odpowiedzi
walk-attachments = Pliki zachowane jako dowód
walk-attach = Dołącz plik
walk-attach-hint = Zrzut ekranu potwierdzenia od Meta, e-mail z potwierdzeniem (.eml), plik PDF lub tekstowy, do 25 MB. Kopia jest przechowywana razem z postępami i tylko ty możesz ją odczytać; oryginał zostaje na miejscu.
walk-attached = Plik { $name } został dołączony; jego kopia jest przechowywana razem z postępami.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Tego pliku brakuje w folderze danych.
walk-attachment-altered = Ten plik zmieniono po dołączeniu: nie zgadza się już z jego SHA-256.
walk-reply = Odpowiedź Meta
walk-reply-outcome = Co odpowiedziała Meta?
walk-reply-received = Data otrzymania
walk-reply-text = Treść odpowiedzi (wklej ją tutaj)
walk-reply-save = Zapisz odpowiedź
walk-reply-saved = Odpowiedź Meta została zapisana.
walk-reply-next-escalate = Przegląd proponuje teraz skargę do organu ochrony danych osobowych.
walk-reply-next-answer = Przegląd proponuje ponownie ten krok, aby odpowiedzieć Meta.
walk-reply-current = Zapisano: { $outcome }, otrzymano { $date }.
walk-reply-current-undated = Zapisano: { $outcome }.
follow-up-answered-refused = Meta odmówiła: „{ $step }”. Możesz teraz złożyć skargę do organu ochrony danych osobowych.
follow-up-answered-no-answer = Meta nie odpowiedziała: „{ $step }”. Możesz teraz złożyć skargę do organu ochrony danych osobowych.
follow-up-answered-asked-for-more = Meta poprosiła o dodatkowe informacje: „{ $step }”. Odpowiedz w tym kroku.
follow-up-answered-accepted = Meta uwzględniła: „{ $step }”.
letter-keep = Zachowaj jako wysłany
letter-keep-hint = Gdy wyślesz list, zachowaj go tutaj w wysłanej postaci: zostanie dołączony do tego kroku, a rejestr i pakiet dla organu będą go zawierać.
letter-kept = List zachowano jako { $name } i dołączono do tego kroku.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Przewodniki
guides-builtin = W użyciu: przewodniki wbudowane w aplikację, sprawdzone do { $date }.
guides-pack = W użyciu: pakiet przewodników { $version } z { $date }, podpisany przez: { $signer }.
guides-signer-project = projekt meta-optout (klucz { $id })
guides-signer-added = „{ $name }” (klucz { $id }), klucz dodany przez ciebie
guides-superseded = Zainstalowany pakiet przewodników { $version } jest starszy niż przewodniki wbudowane w tę wersję aplikacji, więc używane są wbudowane.
guides-update = Zaktualizuj przewodniki z pliku…
guides-update-hint = Pakiet przewodników to jeden plik z poprawionymi przewodnikami. Aplikacja sprawdza jego podpis i instaluje go tylko wtedy, gdy jest nowszy i przechodzi wszystkie kontrole; nigdy nie łączy się z siecią. Podpis dowodzi, kto przygotował pakiet i że nikt go potem nie zmienił, ale nie tego, że instrukcje są poprawne.
guides-rollback = Wróć do poprzednich przewodników
guides-updated = Przewodniki zaktualizowano do pakietu { $version } z { $date }.
guides-updated-changes = Pakiet wymienia zmiany w aplikacjach Meta (liczba: { $count }); przegląd pokazuje kroki do powtórzenia lub sprawdzenia.
guides-rolled-back = Znów używane są poprzednie przewodniki.
changed-title = Meta zmieniła to po tym, jak to zrobiono
changed-redo = { $step }: wykonano { $done }; Meta zmieniła to { $date }: { $what } Zrób to ponownie.
changed-check = { $step }: wykonano { $done }; Meta zmieniła to { $date }: { $what } Sprawdź, czy nadal obowiązuje.
changed-open = Otwórz krok
mismatch-open = Ten krok nie zgadza się z tym, co widzę
mismatch-expected = Co mówi krok
mismatch-saw = Co widzisz zamiast tego
mismatch-more = Coś jeszcze (opcjonalnie)
mismatch-report = Zgłoszenie do skopiowania i wysłania opiekunom
mismatch-hint = Aplikacja niczego nie wysyła: skopiuj ten tekst i wyślij go samodzielnie, na przykład e-mailem lub przez system zgłoszeń projektu. Nie zawiera danych osobowych, chyba że je wpiszesz.
mismatch-copy = Skopiuj zgłoszenie
walk-done-again = Wykonane ponownie
