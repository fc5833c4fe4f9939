# Wyeksportowany rejestr kroków w zakresie ochrony prywatności (Markdown, HTML i CSV).
# Osoba przekazuje go organowi ochrony danych osobowych, dlatego powinien być napisany
# prostym, formalnym językiem. Każdą { $variable } należy zachować bez zmian.
# Forma zwracania się: grzecznościowa (Państwo); teksty są w większości bezosobowymi etykietami.

# Formaty daty i godziny (strftime: %d dzień, %m miesiąc, %Y rok, %H:%M godzina).
# Daty zapisuje się w formie liczbowej.
record-date-format = %d.%m.%Y
record-time-format = %H:%M
record-title = Rejestr kroków w zakresie ochrony prywatności
record-generated = Wygenerowano { $when } za pomocą aplikacji { $app }.
record-times = Godziny podano według czasu lokalnego ({ $zone }).
record-integrity = Integralność: SHA-256 { $digest }.
record-verify-how = Aby to sprawdzić, należy usunąć element "digest" z eksportu JSON tego rejestru, zapisać pozostałą część zgodnie z JSON Canonicalization Scheme (RFC 8785) i obliczyć jej skrót SHA-256; musi on być równy powyższej wartości. Polecenie meta-optout verify wykonuje tę czynność dla eksportu JSON lub pakietu.
record-account = Konto, którego dotyczy rejestr
record-account-none = nie podano
record-region = Miejsce zamieszkania osoby
record-law = Właściwe przepisy
record-authority = Organ ochrony danych osobowych
record-platforms = Aplikacje
record-profile-created = Data utworzenia profilu
record-summary = Podsumowanie: wykonane: { $done }, pominięte: { $skipped }, oczekujące: { $waiting }, do wykonania: { $todo }, po terminie: { $overdue }.
record-follow-ups = Oczekiwane odpowiedzi
record-due = Termin
record-what = Przedmiot
record-state = Stan
record-open = w toku
record-overdue = po terminie
record-moved = przesunięto z { $date }: { $reason }
record-guide = { $title } (instrukcje sprawdzone { $date })
record-step = Krok
record-status = Status
record-changed = Data zmiany
record-details = Szczegóły
record-status-todo = do wykonania
record-status-done = wykonany
record-status-skipped = pominięty
record-status-waiting = oczekujący
record-not-started = Nierozpoczęte: { $steps }
record-reason = powód: { $text }
record-until = do { $date }
record-note = notatka: { $text }
record-follow-up-due = termin odpowiedzi: { $date }
record-followed-version = wykonano zgodnie z instrukcjami sprawdzonymi { $date }
record-reply = Odpowiedź Meta: { $outcome }
record-reply-received = otrzymano { $date }
record-reply-text = treść: { $text }
record-outcome-accepted = uwzględniono
record-outcome-refused = odmówiono
record-outcome-asked-for-more = poproszono o dodatkowe informacje
record-outcome-no-answer = brak odpowiedzi
record-attachment = plik { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, dołączono { $when }
record-attachment-missing = brak tego pliku w folderze danych
record-attachment-altered = ten plik nie odpowiada już swojemu skrótowi SHA-256
record-sources = Źródła
record-undated = bez daty
record-changed-since = Zmienione przez Meta po wykonaniu
record-changed-since-item = { $step }: wykonano { $done }; Meta zmieniła to { $date }: { $what }
record-earlier = Kroki z wcześniejszej wersji przewodników
record-history = Historia
record-when = Data
record-change = Zmiana
record-change-profile = profil { $name }: { $region }, { $platforms }
record-change-account = konto { $account }
record-change-attach = dołączono { $name } (SHA-256 { $sha256 })
# Nagłówki kolumn CSV, w tej kolejności.
record-col-profile = profil
record-col-account = konto
record-col-region = region
record-col-law = przepisy
record-col-guide = przewodnik
record-col-guide-title = tytuł przewodnika
record-col-instructions-checked = instrukcje sprawdzone
record-col-step = krok
record-col-step-title = tytuł kroku
record-col-status = status
record-col-changed = data zmiany
record-col-reason = powód
record-col-until = do
record-col-evidence = dowód
record-col-note = notatka
record-col-follow-up-due = termin odpowiedzi
record-col-reply = odpowiedź Meta
record-col-reply-received = odpowiedź otrzymana
record-col-attachments = pliki (SHA-256)
