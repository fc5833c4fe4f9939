# The window's own words, in French. Same message ids as ../en/app.ftl.
# Flow texts are translated elsewhere (flows/translations); letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Étape par étape : vous opposer à l'entraînement de l'IA, mettre Meta AI en sourdine, couper le pistage, supprimer ce dont vous ne voulez plus.
skip-to-content = Aller au contenu principal
nav-dashboard = Vue d'ensemble
nav-settings = Paramètres
nav-about = À propos
top-navigation =
    .aria-label = Navigation principale

## Notices and errors

notice-close = Fermer
notice-label =
    .aria-label = Message
error-details = Détails : { $detail }
error-unknown-region = Ce pays ou cet État ne figure pas dans la liste de l'application. Choisissez-le à nouveau dans la liste.
error-unknown-platform = L'une des applications choisies n'est pas connue de cette version. Cochez à nouveau les applications.
error-unknown-device = Cet appareil n'est pas connu de cette version. Choisissez l'un des appareils proposés.
error-flow-not-found = Ce guide ne s'applique plus à votre situation, ou il a été retiré. Revenez à la vue d'ensemble.
error-link-refused = Pour votre sécurité, ce lien n'a pas été ouvert : il ne figure pas sur la liste des sites officiels de Meta et des autorités.
error-open-failed = Impossible de lancer votre navigateur. Copiez l'adresse affichée sous le bouton et collez-la dans votre navigateur.
error-progress = Votre progression n'a pas pu être enregistrée. Ce que vous avez saisi est toujours là : réessayez dans un instant, ou vérifiez que votre disque n'est pas plein.
error-progress-damaged = Votre fichier de progression est endommagé et n'a pas été modifié. Vous pouvez mettre le fichier endommagé de côté et repartir de zéro ; rien de ce qu'il contient n'est supprimé.
error-no-data-dir = Il n'existe aucun dossier où conserver votre progression. Vérifiez que votre dossier personnel existe et qu'il est accessible en écriture.
error-export = Le relevé n'a pas pu être écrit. Rien n'a été enregistré à cet endroit ; choisissez un autre emplacement et réessayez.
error-no-app = Cette page ne fonctionne que dans l'application { -app-name }.
error-other = Un problème est survenu. Réessayez ; si cela se reproduit, redémarrez l'application.
recover-progress = Mettre le fichier endommagé de côté et repartir de zéro
recovered-progress = Le fichier endommagé a été conservé sous le nom { $path }. Votre progression repart de zéro.
own-flows-skipped = Certains de vos propres fichiers de guide ont été ignorés : { $problems }

## First run and profile editing

welcome-title = Bienvenue
welcome-intro = Parlez-nous un peu de votre situation. C'est elle qui détermine les droits dont vous disposez et les étapes qui vous concernent. Vous pourrez tout modifier plus tard.
welcome-privacy = Tout ce que vous saisissez reste sur cet ordinateur. L'application ne se connecte jamais d'elle-même à Internet.
profile-edit-title = Modifier « { $name } »
profile-new-title = Ajouter un autre profil
profile-explain = Un profil correspond à un compte (ou à l'ensemble des comptes d'une personne) que vous suivez séparément, par exemple le vôtre et celui d'un membre de votre famille.
field-language = Langue de cette application
field-country = Votre pays de résidence
field-country-choose = Choisissez votre pays…
field-platforms = Applications que vous utilisez
field-platforms-hint = Cochez chaque application Meta sur laquelle vous avez un compte.
field-device = Appareil sur lequel vous suivrez les étapes
field-profile-name = Nom de ce profil
field-profile-name-hint = Il n'est visible que par vous, par exemple « Mes comptes » ou « L'Instagram d'Anna ».
field-profile-name-count = { $count } caractères sur { $max }
field-profile-name-default = Mes comptes
device-desktop = Ordinateur (navigateur web)
device-ios = iPhone ou iPad
device-android = Téléphone ou tablette Android
welcome-start = Commencer
profile-save = Enregistrer les modifications
profile-add = Ajouter le profil
profile-cancel = Annuler
profile-needs-country = Choisissez votre pays de résidence.
profile-needs-platform = Cochez au moins une application que vous utilisez.
profile-needs-name = Donnez un nom à ce profil.
profile-name-too-long = Un nom de profil compte au plus { $max } caractères ; celui-ci en a { $count }. Raccourcissez-le : rien n'est coupé à votre place.
profile-form-errors = Veuillez corriger les points suivants :

## Dashboard

dashboard-title = Votre vue d'ensemble
profile-switch = Profil
profile-edit = Modifier le profil
profile-add-another = Ajouter un profil
follow-ups-title = Requiert votre attention
follow-up-reply-due-overdue = La réponse de Meta à « { $step } » était attendue le { $due }. Si Meta n'a pas répondu correctement, vous pouvez donner suite.
follow-up-reply-due-soon = { $days ->
        [0] La réponse de Meta à « { $step } » est attendue aujourd'hui ({ $due }).
        [one] La réponse de Meta à « { $step } » est attendue demain ({ $due }).
       *[other] La réponse de Meta à « { $step } » est attendue dans { $days } jours, le { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] Le délai de grâce avant suppression prend fin aujourd'hui ({ $due }). Ne vous connectez pas avant qu'il soit écoulé.
        [one] Le délai de grâce avant suppression prend fin demain ({ $due }). Ne vous connectez pas d'ici là : toute connexion annule la suppression.
       *[other] Le délai de grâce avant suppression prend fin dans { $days } jours, le { $due }. Ne vous connectez pas d'ici là : toute connexion annule la suppression.
    }
follow-up-grace-ended = Le délai de grâce avant suppression a pris fin le { $due }. Meta peut encore mettre jusqu'à 90 jours pour effacer les données.
follow-up-reminder-overdue = Rappel pour « { $step } » : l'échéance était le { $due }.
follow-up-reminder-soon = { $days ->
        [0] Rappel pour « { $step } » : aujourd'hui ({ $due }).
        [one] Rappel pour « { $step } » : demain ({ $due }).
       *[other] Rappel pour « { $step } » : dans { $days } jours, le { $due }.
    }
follow-up-escalate = Donner suite
follow-up-open = Ouvrir l'étape
follow-up-move = Déplacer la date
follow-up-move-to = Nouvelle date
follow-up-move-reason = Pourquoi elle change (p. ex. Meta a écrit qu’il lui faut deux mois de plus)
follow-up-move-save = Enregistrer la nouvelle date
follow-up-moved = prévue d’abord le { $first } ; déplacée : { $reason }
follow-up-moved-said = La date est déplacée au { $due }.
follow-ups-later = { $count ->
        [one] Une autre échéance est prévue plus tard.
       *[other] { $count } autres échéances sont prévues plus tard.
    }
follow-ups-upcoming = À venir
rights-title = Vos droits : { $region }
rights-objection = La loi vous donne le droit de vous opposer à ce que Meta utilise vos données pour entraîner l'IA, et Meta doit vous répondre.
rights-none = Ici, aucune loi ne vous donne le droit de vous opposer à l'entraînement de l'IA. Vous pouvez tout de même mettre Meta AI en sourdine, limiter le pistage, garder vos publications privées et supprimer ce dont vous ne voulez plus.
field-subdivision-us = État américain
field-subdivision-us-none = Autre État ou je ne sais pas
field-subdivision-de = Land (État fédéré)
field-subdivision-de-none = Je ne sais pas ou je préfère ne pas le dire
field-subdivision-other = Province ou région
field-subdivision-other-none = Je ne sais pas ou une autre
rights-law = La loi applicable : { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Règlement général sur la protection des données de l'UE (RGPD)
law-name-uk-gdpr = UK GDPR et Data Protection Act 2018 (Royaume-Uni)
rights-can = Elle vous permet de demander à Meta de :
right-object = cesser d'utiliser vos informations pour ses propres intérêts, dont l'entraînement de l'IA (droit d'opposition)
right-delete = supprimer vos données personnelles
right-access = vous dire ce qu'il détient sur vous et vous en donner une copie
right-correct = corriger ce qui est inexact
right-opt-out-targeted-ads = cesser d'utiliser vos données pour la publicité ciblée
right-opt-out-sale = cesser de vendre ou de partager vos données
right-opt-out-profiling = cesser de vous profiler
right-appeal = réexaminer un refus (un recours auprès de Meta)
rights-from = Cette loi vous donne des droits face à Meta à partir du { $date }. D'ici là, elle n'en donne aucun ; à partir de ce jour, vous pourrez demander à Meta de :
rights-reply = Meta doit répondre sous { $deadline }.
rights-reply-extension = Meta doit répondre sous { $deadline } ; il peut prendre jusqu'à { $extension } de plus s'il vous en donne la raison à temps.
rights-opt-out-within = Une opposition à la vente ou au partage doit prendre effet sous { $deadline }.
rights-authority = Si Meta refuse ou ne répond pas, vous pouvez vous plaindre auprès de : { $authority }.
rights-appeal-first = Si Meta refuse, faites d'abord un recours auprès de Meta ; s'il échoue, plaignez-vous auprès de : { $authority }.
rights-complain-first = Si Meta refuse ou ne répond pas, plaignez-vous d'abord auprès de Meta et laissez-lui le temps de répondre ; ensuite, vous pourrez vous plaindre auprès de : { $authority }.
rights-default-authority = Vous n'avez pas indiqué où vous vivez en { $country } : c'est donc { $authority }, qui contrôle le bureau de Meta en { $country }. Choisissez votre région dans votre profil pour vous adresser à votre propre autorité.
rights-unclear = Les sources ne permettent pas de dire si cette loi s'applique à Meta : vous pouvez tout de même faire ces demandes, mais Meta peut répondre qu'elle ne s'applique pas à lui.
rights-unverified = Nous n'avons pas pu le confirmer par une source datée : prenez-le comme une piste à vérifier, pas comme une certitude.
deadline-months = { $count ->
        [one] un mois
       *[other] { $count } mois
    }
deadline-days = { $count ->
        [one] un jour
       *[other] { $count } jours
    }
deadline-business-days = { $count ->
        [one] un jour ouvré
       *[other] { $count } jours ouvrés
    }
flows-title = Ce que vous pouvez faire
flows-empty = Rien ne s'applique à ce choix. Modifiez votre profil et cochez les applications que vous utilisez.
flow-card-progress = Étapes terminées : { $done } sur { $total }
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Pour : { $apps }
flow-card-next = Étape suivante : { $step }
flow-card-finished = Toutes les étapes sont enregistrées
flow-card-start = Commencer
flow-card-continue = Continuer
flow-card-review = Revoir
flow-card-checked = Vérifié le { $date }
flow-stale-tag = Peut-être obsolète
earlier-steps = { $count ->
        [one] Une étape enregistrée provient d'une version antérieure des guides ou ne s'applique plus ; elle est conservée dans votre relevé.
       *[other] { $count } étapes enregistrées proviennent d'une version antérieure des guides ou ne s'appliquent plus ; elles sont conservées dans votre relevé.
    }
platform-progress-title = Étapes terminées par application :
platform-progress = { $platform } : { $done } sur { $total }
record-title = Votre relevé
record-explain = Un relevé des étapes que vous avez accomplies, avec leurs dates et leurs preuves, que vous pouvez conserver ou remettre à une autorité de protection des données.
record-format = Format
record-format-html = Page imprimable (HTML, à imprimer en PDF)
record-format-md = Markdown
record-format-csv = Tableur (CSV)
record-format-json = JSON (peut être réimporté)
record-format-ics = Dates à retenir, pour votre agenda (.ics)
record-export = Exporter…
record-import = Importer un relevé…
record-exported = Votre relevé pour « { $name } » a été enregistré dans { $path }.
# $changes can be 0, which French puts in [one]: the number is kept there.
record-imported = { $changes ->
        [one] Fichier { $file } importé : { $changes } modification ajoutée.
       *[other] Fichier { $file } importé : { $changes } modifications ajoutées.
    }
record-imported-profiles = Nouveaux profils : { $names }.
record-imported-conflicts = Là où les deux différaient, l'état le plus récent a été conservé et les deux historiques figurent dans votre relevé : { $conflicts }.

## Settings

settings-title = Paramètres
settings-language = Langue de cette application
settings-language-system = Identique au système ({ $name })
settings-meta-language = Langue de vos applications Meta
settings-meta-language-hint = Les noms des menus sont indiqués tels qu'ils apparaissent dans votre application Facebook ou Instagram. Si vos applications Meta utilisent une autre langue que cette application, choisissez-la ici.
settings-meta-language-same = Identique à cette application
settings-saved = Enregistré.
settings-done = Retour à la vue d'ensemble

## About

about-title = À propos de { -app-name }
about-version = Version { $version }
about-network = Cette application ne se connecte jamais d'elle-même à Internet : aucune télémétrie, aucune recherche de mises à jour. Les liens s'ouvrent dans votre propre navigateur, et seuls les liens vers les sites officiels de Meta et des autorités de protection des données sont ouverts.
about-storage = Votre progression est conservée dans un seul fichier sur cet ordinateur, lisible uniquement par vous. Les guides fournissent des informations pratiques, et non des conseils juridiques.
about-license = Logiciel libre distribué sous la licence publique générale GNU (GNU GPL), version 3 ou ultérieure.

## Walkthrough

walk-back = Retour à la vue d'ensemble
walk-steps = Étapes
walk-step-of = Étape { $n } sur { $total }
walk-checked = Vérifié à partir de ses sources le { $date }
walk-stale = Ce guide a été vérifié pour la dernière fois le { $date }, il y a plus de 180 jours. Meta a peut-être déplacé ses menus depuis : si quelque chose vous semble différent, fiez-vous à ce que vous voyez et faites preuve de prudence.
walk-caveats = Bon à savoir
walk-sources = Sources ({ $count })
walk-based-on = D'après : { $sources }
confidence-high = Confiance élevée
confidence-medium = Confiance moyenne
confidence-low = Confiance faible
confidence-unverified = Non vérifié
# A cited page that gives no date of its own.
source-undated = non daté
status-todo = À faire
status-done = Terminée
status-done-on = Terminée le { $date }
status-skipped = Passée
status-skipped-on = Passée le { $date } : { $reason }
status-waiting = En attente jusqu'au { $date }
walk-device = Afficher les étapes pour
walk-menu-path = Où le trouver
menu-label-english = En anglais : { $label }
menu-label-unconfirmed = non confirmé
menu-label-unconfirmed-hint = Cette traduction du nom de menu de Meta n'est pas confirmée par les pages d'aide de Meta elles-mêmes ; votre application peut employer d'autres termes.
walk-instructions = Marche à suivre
walk-open = Ouvrir dans le navigateur
walk-open-authority = Ouvrir le site : { $name }
walk-open-hint = Ouvre { $host } dans votre navigateur.
walk-open-on-phone = Ouvrir sur votre téléphone
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } sur cet ordinateur
walk-qr-alt = Code QR du lien { $url }
walk-qr-explain = Scannez-le avec l'appareil photo de votre téléphone : la page s'ouvre sur celui-ci, dans l'application de Meta si vous l'avez. Rien n'est envoyé ; marquez l'étape comme faite ici quand vous avez terminé.
walk-opened = Ouvert dans votre navigateur. Revenez ici lorsque vous aurez terminé.
walk-authority = Votre autorité : { $name }
walk-follow-up = Après cette étape : { $title } ({ $after } plus tard).
period-months = { $count ->
        [one] un mois
       *[other] { $count } mois
    }
period-days = { $count ->
        [one] un jour
       *[other] { $count } jours
    }
period-both = { $months } et { $days }
walk-record = Votre relevé pour cette étape
walk-evidence = Preuve
walk-note = Note (facultative)
walk-done = C'est fait
walk-done-next = C'est fait, étape suivante
walk-skip = Passer…
walk-skip-reason = Pourquoi passez-vous cette étape ?
walk-skip-confirm = Passer cette étape
walk-skip-needs-reason = Indiquez pourquoi vous passez cette étape, par exemple « Je n'ai pas de compte Instagram ».
walk-skip-cancel = Annuler
walk-undo = Annuler
walk-save = Enregistrer la note et la preuve
walk-saved = Enregistré.
walk-previous = Étape précédente
walk-next = Étape suivante
walk-finish = Retour à la vue d'ensemble
walk-no-profile = Ajoutez un profil pour enregistrer votre progression dans ces étapes.
walk-marked-done = Étape enregistrée comme terminée.
walk-follow-up-created = Ajouté à votre vue d'ensemble pour le { $due } : « { $title } ».
walk-all-done = { $count ->
        [one] L'étape de ce guide est enregistrée.
       *[other] Les { $count } étapes de ce guide sont toutes enregistrées.
    }
walk-next-guide = Ensuite, dans votre vue d’ensemble : « { $title } ».

## Letters

letter-title = Une lettre à votre disposition
letter-objection-explain = Collez ce texte dans le formulaire d'opposition de Meta. Ajoutez une phrase, avec vos propres mots, sur votre situation : une opposition a plus de poids lorsqu'elle s'appuie sur une raison qui vous est propre.
letter-complaint-explain = Collez ce texte dans le formulaire de plainte de votre autorité ou envoyez-le par courrier, en y joignant votre relevé exporté.
letter-in-language = En { $language }
letter-english-copy = En anglais (le siège européen de Meta se trouve en Irlande)
letter-english-fallback = Il n'existe pas encore de texte en { $language } : cette lettre est donc en anglais. Vérifiez si votre autorité accepte l'anglais.
letter-copy = Copier
letter-copied = Copié.
letter-copy-failed = Impossible de copier. Sélectionnez le texte et appuyez sur Ctrl+C.
letter-edit-hint = Vous pouvez modifier le texte avant de le copier. Vos modifications ne sont pas enregistrées.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Compte utilisé chez Meta (facultatif)
field-profile-account-hint = Le nom d’utilisateur ou l’adresse e-mail que vous utilisez chez Meta. Il figure dans votre dossier, afin qu’une autorité sache de quelles données il s’agit. Il reste sur cet ordinateur.
record-format-bundle = Dossier pour une autorité (.zip : relevé, vos fichiers, sommes de contrôle)
follow-up-answer = Répondre à Meta
outcome-accepted = Demande acceptée
outcome-refused = Refus
outcome-asked-for-more = Demande d’informations complémentaires
outcome-no-answer = Pas de réponse
walk-attachments = Fichiers conservés comme preuve
walk-attach = Joindre un fichier
walk-attach-hint = Une capture d’écran de la confirmation de Meta, l’e-mail de confirmation (.eml), un PDF ou un fichier texte, 25 Mo au plus. Une copie est conservée avec votre progression, lisible par vous seul ; l’original reste où il est.
walk-attached = { $name } est joint ; une copie est conservée avec votre progression.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Ce fichier manque dans votre dossier de données.
walk-attachment-altered = Ce fichier a été modifié après avoir été joint : il ne correspond plus à son SHA-256.
walk-reply = Réponse de Meta
walk-reply-outcome = Qu’a répondu Meta ?
walk-reply-received = Reçue le
walk-reply-text = Texte de la réponse (collez-le ici)
walk-reply-save = Enregistrer la réponse
walk-reply-saved = La réponse de Meta est enregistrée.
walk-reply-next-escalate = L’aperçu propose maintenant la plainte auprès de votre autorité de protection des données.
walk-reply-next-answer = L’aperçu propose de nouveau cette étape, pour répondre à Meta.
walk-reply-current = Enregistré : { $outcome }, reçue le { $date }.
walk-reply-current-undated = Enregistré : { $outcome }.
follow-up-answered-refused = Meta a refusé « { $step } ». Vous pouvez maintenant porter plainte auprès de votre autorité de protection des données.
follow-up-answered-no-answer = Meta n’a pas répondu à « { $step } ». Vous pouvez maintenant porter plainte auprès de votre autorité de protection des données.
follow-up-answered-asked-for-more = Meta a demandé des informations complémentaires sur « { $step } ». Répondez depuis l’étape.
follow-up-answered-accepted = Meta a accepté « { $step } ».
letter-keep = Conserver tel qu’envoyé
letter-keep-hint = Quand vous envoyez une lettre, conservez-la ici telle qu’envoyée : elle est jointe à cette étape, et votre relevé comme le dossier pour une autorité la contiennent.
letter-kept = La lettre est conservée sous le nom { $name }, jointe à cette étape.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Guides
guides-builtin = En usage : les guides intégrés à l’application, vérifiés jusqu’au { $date }.
guides-pack = En usage : le paquet de guides { $version } du { $date }, signé par { $signer }.
guides-signer-project = le projet meta-optout (clé { $id })
guides-signer-added = « { $name } » (clé { $id }), une clé que vous avez ajoutée
guides-superseded = Le paquet de guides { $version } que vous avez installé est plus ancien que les guides intégrés à cette version de l’application ; ce sont donc ces derniers qui sont utilisés.
guides-update = Mettre à jour les guides depuis un fichier…
guides-update-hint = Un paquet de guides est un fichier contenant des guides corrigés. L’application vérifie sa signature et ne l’installe que s’il est plus récent et passe tous les contrôles ; elle ne se connecte jamais. Une signature prouve qui a fait le paquet et que personne ne l’a modifié depuis, pas que ses instructions sont justes.
guides-rollback = Revenir aux guides précédents
guides-updated = Les guides sont mis à jour vers le paquet { $version } du { $date }.
guides-updated-changes = Il indique { $count ->
    [one] un changement
   *[other] { $count } changements
} dans les applications de Meta ; l’aperçu montre les étapes à refaire ou à vérifier.
guides-rolled-back = Les guides précédents sont de nouveau en usage.
changed-title = Meta a modifié ceci depuis que vous l’avez fait
changed-redo = { $step } : fait le { $done } ; Meta l’a modifié le { $date } : { $what } Refaites-le.
changed-check = { $step } : fait le { $done } ; Meta l’a modifié le { $date } : { $what } Vérifiez que cela tient toujours.
changed-open = Ouvrir l’étape
mismatch-open = Cette étape ne correspond pas à ce que je vois
mismatch-expected = Ce que dit l’étape
mismatch-saw = Ce que vous voyez à la place
mismatch-more = Autre chose (facultatif)
mismatch-report = Rapport à copier et à envoyer aux responsables
mismatch-hint = L’application n’envoie rien : copiez ce texte et envoyez-le vous-même, par exemple par e-mail ou sur le suivi des tickets du projet. Il ne contient aucune donnée personnelle, sauf si vous en saisissez.
mismatch-copy = Copier le rapport
walk-done-again = Refait
