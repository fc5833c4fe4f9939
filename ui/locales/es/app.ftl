# The window's own words in Spanish (Spain), translated from ../en/app.ftl.
# Same message ids as English. Flow texts are translated elsewhere; letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Paso a paso: oponte al entrenamiento de IA, silencia Meta AI, corta el rastreo y borra lo que quieras eliminar.
skip-to-content = Saltar al contenido principal
nav-dashboard = Resumen
nav-settings = Ajustes
nav-about = Acerca de
top-navigation =
    .aria-label = Principal

## Notices and errors

notice-close = Cerrar
notice-label =
    .aria-label = Mensaje
error-details = Detalles: { $detail }
error-unknown-region = Este país o estado no está en la lista de la aplicación. Vuelve a elegirlo de la lista.
error-unknown-platform = Esta versión no reconoce una de las aplicaciones elegidas. Vuelve a marcar las aplicaciones.
error-unknown-device = Esta versión no reconoce este dispositivo. Elige uno de los dispositivos que se ofrecen.
error-flow-not-found = Esta guía ya no se aplica a tu situación o se ha eliminado. Vuelve al resumen.
error-link-refused = Por tu seguridad, no se ha abierto este enlace: no figura en la lista de sitios oficiales de Meta y de las autoridades.
error-open-failed = No se ha podido abrir tu navegador. Copia la dirección que aparece debajo del botón y pégala en tu navegador.
error-progress = No se ha podido guardar tu progreso. Lo que has escrito sigue aquí: vuelve a intentarlo dentro de un momento o comprueba que el disco no esté lleno.
error-progress-damaged = Tu archivo de progreso está dañado y no se ha modificado. Puedes apartar el archivo dañado y empezar de nuevo; no se borra nada de lo que contiene.
error-no-data-dir = No hay ninguna carpeta donde guardar tu progreso. Comprueba que tu carpeta personal existe y que se puede escribir en ella.
error-export = No se ha podido escribir el registro. No se ha guardado nada en ese lugar; elige otro y vuelve a intentarlo.
error-no-app = Esta página solo funciona dentro de la aplicación { -app-name }.
error-other = Algo ha salido mal. Vuelve a intentarlo; si sigue ocurriendo, reinicia la aplicación.
recover-progress = Apartar el archivo dañado y empezar de nuevo
recovered-progress = El archivo dañado se ha conservado como { $path }. Tu progreso empieza de nuevo.
own-flows-skipped = Se han omitido algunos de tus propios archivos de guía: { $problems }

## First run and profile editing

welcome-title = Te damos la bienvenida
welcome-intro = Cuéntanos un poco sobre tu situación. De ella dependen los derechos que tienes y los pasos que te corresponden. Puedes cambiarlo todo más adelante.
welcome-privacy = Todo lo que introduzcas se queda en este ordenador. La aplicación nunca se conecta a internet por sí sola.
profile-edit-title = Editar «{ $name }»
profile-new-title = Añadir otro perfil
profile-explain = Un perfil es una cuenta (o el conjunto de cuentas de una persona) cuyo seguimiento llevas por separado; por ejemplo, tus propias cuentas y las de un familiar.
field-language = Idioma de esta aplicación
field-country = Dónde vives
field-country-choose = Elige tu país…
field-platforms = Aplicaciones que usas
field-platforms-hint = Marca todas las aplicaciones de Meta en las que tengas una cuenta.
field-device = Dónde vas a seguir los pasos
field-profile-name = Nombre de este perfil
field-profile-name-hint = Solo lo ves tú; por ejemplo, «Mis cuentas» o «El Instagram de Ana».
field-profile-name-count = { $count } de { $max } caracteres
field-profile-name-default = Mis cuentas
device-desktop = Ordenador (navegador web)
device-ios = iPhone o iPad
device-android = Teléfono o tableta Android
welcome-start = Empezar
profile-save = Guardar cambios
profile-add = Añadir perfil
profile-cancel = Cancelar
profile-needs-country = Elige el país en el que vives.
profile-needs-platform = Marca al menos una aplicación que uses.
profile-needs-name = Ponle un nombre a este perfil.
profile-name-too-long = Un nombre de perfil puede tener como máximo { $max } caracteres; este tiene { $count }. Acórtalo: no se recorta nada por ti.
profile-form-errors = Corrige lo siguiente:

## Dashboard

dashboard-title = Tu resumen
profile-switch = Perfil
profile-edit = Editar perfil
profile-add-another = Añadir un perfil
follow-ups-title = Requiere tu atención
follow-up-reply-due-overdue = El plazo para que Meta respondiera a «{ $step }» venció el { $due }. Si Meta no ha respondido como corresponde, puedes elevar el caso.
follow-up-reply-due-soon = { $days ->
        [0] El plazo para que Meta responda a «{ $step }» vence hoy ({ $due }).
        [one] El plazo para que Meta responda a «{ $step }» vence mañana ({ $due }).
       *[other] El plazo para que Meta responda a «{ $step }» vence dentro de { $days } días, el { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] El periodo de gracia de la eliminación termina hoy ({ $due }). No inicies sesión hasta que haya pasado.
        [one] El periodo de gracia de la eliminación termina mañana ({ $due }). No inicies sesión antes de esa fecha: si inicias sesión, se cancela la eliminación.
       *[other] El periodo de gracia de la eliminación termina dentro de { $days } días, el { $due }. No inicies sesión antes de esa fecha: si inicias sesión, se cancela la eliminación.
    }
follow-up-grace-ended = El periodo de gracia de la eliminación terminó el { $due }. Meta puede tardar hasta 90 días más en eliminar los datos.
follow-up-reminder-overdue = Recordatorio de «{ $step }»: estaba previsto para el { $due }.
follow-up-reminder-soon = { $days ->
        [0] Recordatorio de «{ $step }»: hoy ({ $due }).
        [one] Recordatorio de «{ $step }»: mañana ({ $due }).
       *[other] Recordatorio de «{ $step }»: dentro de { $days } días, el { $due }.
    }
follow-up-escalate = Elevar el caso
follow-up-open = Abrir el paso
follow-up-move = Mover la fecha
follow-up-move-to = Nueva fecha
follow-up-move-reason = Por qué cambia (p. ej., Meta escribió que necesita dos meses más)
follow-up-move-save = Guardar la nueva fecha
follow-up-moved = fijada primero para el { $first }; movida: { $reason }
follow-up-moved-said = La fecha se ha movido al { $due }.
follow-ups-later = { $count ->
        [one] Más adelante hay una fecha más.
       *[other] Más adelante hay { $count } fechas más.
    }
follow-ups-upcoming = Próximamente
rights-title = Tus derechos en { $region }
rights-objection = La ley te reconoce el derecho a oponerte a que Meta use tus datos para entrenar la IA, y Meta tiene que responderte.
rights-none = Aquí no existe ningún derecho legal a oponerse al entrenamiento de IA. Aun así, puedes silenciar Meta AI, limitar el rastreo, mantener privadas tus publicaciones y borrar lo que quieras eliminar.
field-subdivision-us = Estado de EE. UU.
field-subdivision-us-none = Otro estado o no lo sé
field-subdivision-de = Land (estado federado)
field-subdivision-de-none = No lo sé o prefiero no decirlo
field-subdivision-other = Provincia o región
field-subdivision-other-none = No lo sé u otra
rights-law = La ley aplicable: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Reglamento General de Protección de Datos de la UE (RGPD)
law-name-uk-gdpr = UK GDPR y Data Protection Act 2018 (Reino Unido)
rights-can = Con ella puedes pedir a Meta que:
right-object = deje de usar tu información para sus propios intereses, entre ellos el entrenamiento de la IA (derecho de oposición)
right-delete = suprima tus datos personales
right-access = te diga qué tiene sobre ti y te dé una copia
right-correct = corrija lo que sea incorrecto
right-opt-out-targeted-ads = deje de usar tus datos para publicidad dirigida
right-opt-out-sale = deje de vender o compartir tus datos
right-opt-out-profiling = deje de elaborar perfiles sobre ti
right-appeal = reconsidere una negativa (un recurso ante Meta)
rights-from = Esta ley te da derechos frente a Meta a partir del { $date }. Hasta entonces no te da ninguno; desde ese día podrás pedir a Meta que:
rights-reply = Meta tiene que responder en un plazo de { $deadline }.
rights-reply-extension = Meta tiene que responder en un plazo de { $deadline }; puede tardar hasta { $extension } más si te explica a tiempo por qué.
rights-opt-out-within = La oposición a la venta o a la cesión tiene que surtir efecto en un plazo de { $deadline }.
rights-authority = Si Meta se niega o no responde, puedes reclamar ante: { $authority }.
rights-appeal-first = Si Meta se niega, recurre primero ante Meta; si el recurso no prospera, reclama ante: { $authority }.
rights-complain-first = Si Meta se niega o no responde, reclama primero ante Meta y dale tiempo para contestar; después podrás reclamar ante: { $authority }.
rights-default-authority = No has indicado en qué parte de { $country } vives, así que se muestra { $authority }, que supervisa la oficina de Meta en { $country }. Elige tu región en tu perfil para reclamar ante tu propia autoridad.
rights-unclear = Las fuentes no aclaran si esta ley alcanza a Meta: puedes hacer igualmente estas solicitudes, pero Meta puede alegar que no se le aplica.
rights-unverified = No hemos podido confirmarlo con una fuente fechada: tómalo como una pista que comprobar, no como algo seguro.
deadline-months = { $count ->
        [one] un mes
       *[other] { $count } meses
    }
deadline-days = { $count ->
        [one] un día
       *[other] { $count } días
    }
deadline-business-days = { $count ->
        [one] un día hábil
       *[other] { $count } días hábiles
    }
flows-title = Qué puedes hacer
flows-empty = No hay nada que se aplique a esta selección. Edita tu perfil y marca las aplicaciones que usas.
flow-card-progress = { $done } de { $total } pasos completados
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Para: { $apps }
flow-card-next = Siguiente: { $step }
flow-card-finished = Todos los pasos registrados
flow-card-start = Empezar
flow-card-continue = Continuar
flow-card-review = Revisar
flow-card-checked = Última comprobación: { $date }
flow-stale-tag = Puede no estar al día
earlier-steps = { $count ->
        [one] Un paso registrado procede de una versión anterior de las guías o ya no se aplica; se conserva en tu registro.
       *[other] { $count } pasos registrados proceden de una versión anterior de las guías o ya no se aplican; se conservan en tu registro.
    }
platform-progress-title = Pasos hechos por app:
platform-progress = { $platform }: { $done } de { $total }
record-title = Tu registro
record-explain = Un registro de los pasos que has completado, con fechas y pruebas, que puedes conservar o entregar a una autoridad de protección de datos.
record-format = Formato
record-format-html = Página imprimible (HTML, imprimir como PDF)
record-format-md = Markdown
record-format-csv = Hoja de cálculo (CSV)
record-format-json = JSON (se puede volver a importar)
record-format-ics = Fechas que recordar, para tu calendario (.ics)
record-export = Exportar…
record-import = Importar un registro…
record-exported = Tu registro de «{ $name }» se ha guardado en { $path }.
record-imported = { $changes ->
        [one] Se ha importado { $file }: se ha añadido un cambio.
       *[other] Se ha importado { $file }: se han añadido { $changes } cambios.
    }
record-imported-profiles = Perfiles nuevos: { $names }.
record-imported-conflicts = Donde ambos diferían, se ha conservado el estado más reciente y los dos historiales figuran en tu registro: { $conflicts }.

## Settings

settings-title = Ajustes
settings-language = Idioma de esta aplicación
settings-language-system = El mismo que el del sistema ({ $name })
settings-meta-language = Idioma de tus aplicaciones de Meta
settings-meta-language-hint = Los nombres de los menús se muestran tal como aparecen en tu aplicación de Facebook o Instagram. Si tus aplicaciones de Meta usan un idioma distinto del de esta aplicación, elígelo aquí.
settings-meta-language-same = El mismo que el de esta aplicación
settings-saved = Guardado.
settings-done = Volver al resumen

## About

about-title = Acerca de { -app-name }
about-version = Versión { $version }
about-network = Esta aplicación nunca se conecta a internet por sí sola: no envía telemetría ni busca actualizaciones. Los enlaces se abren en tu propio navegador, y solo se abren enlaces a los sitios oficiales de Meta y de las autoridades de protección de datos.
about-storage = Tu progreso se guarda en un único archivo en este ordenador, que solo tú puedes leer. Las guías son información práctica, no asesoramiento jurídico.
about-license = Software libre publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.

## Walkthrough

walk-back = Volver al resumen
walk-steps = Pasos
walk-step-of = Paso { $n } de { $total }
walk-checked = Última comprobación con sus fuentes: { $date }
walk-stale = Esta guía se comprobó por última vez el { $date }, hace más de 180 días. Puede que Meta haya cambiado sus menús desde entonces: si algo se ve diferente, fíate de lo que ves y ten cuidado.
walk-caveats = Conviene saber
walk-sources = Fuentes ({ $count })
walk-based-on = Se basa en: { $sources }
confidence-high = Confianza alta
confidence-medium = Confianza media
confidence-low = Confianza baja
confidence-unverified = Sin verificar
# A cited page that gives no date of its own.
source-undated = sin fecha
status-todo = Pendiente
status-done = Hecho
status-done-on = Hecho el { $date }
status-skipped = Omitido
status-skipped-on = Omitido el { $date }: { $reason }
status-waiting = En espera hasta el { $date }
walk-device = Mostrar los pasos para
walk-menu-path = Dónde encontrarlo
menu-label-english = En inglés: { $label }
menu-label-unconfirmed = sin confirmar
menu-label-unconfirmed-hint = Esta traducción del nombre del menú de Meta no está confirmada por las páginas de ayuda de la propia Meta; puede que tu aplicación use otras palabras.
walk-instructions = Qué hacer
walk-open = Abrir en el navegador
walk-open-authority = Abrir el sitio web: { $name }
walk-open-hint = Abre { $host } en tu navegador.
walk-open-on-phone = Abrir en tu teléfono
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } en este ordenador
walk-qr-alt = Código QR del enlace { $url }
walk-qr-explain = Escanéalo con la cámara de tu teléfono: la página se abre allí, en la app de Meta si la tienes. No se envía nada; marca el paso como hecho aquí cuando termines.
walk-opened = Se ha abierto en tu navegador. Vuelve aquí cuando hayas terminado.
walk-authority = Tu autoridad de protección de datos: { $name }
walk-follow-up = Después de este paso: { $title } (al cabo de { $after }).
period-months = { $count ->
        [one] un mes
       *[other] { $count } meses
    }
period-days = { $count ->
        [one] un día
       *[other] { $count } días
    }
period-both = { $months } y { $days }
walk-record = Tu registro de este paso
walk-evidence = Pruebas
walk-note = Nota (opcional)
walk-done = Hecho
walk-done-next = Hecho, siguiente paso
walk-skip = Omitir…
walk-skip-reason = ¿Por qué lo omites?
walk-skip-confirm = Omitir este paso
walk-skip-needs-reason = Indica por qué omites este paso; por ejemplo, «No tengo cuenta de Instagram».
walk-skip-cancel = Cancelar
walk-undo = Deshacer
walk-save = Guardar nota y pruebas
walk-saved = Guardado.
walk-previous = Paso anterior
walk-next = Paso siguiente
walk-finish = Volver al resumen
walk-no-profile = Añade un perfil para registrar tu progreso en estos pasos.
walk-marked-done = Registrado como hecho.
walk-follow-up-created = Añadido a tu resumen para el { $due }: «{ $title }».
walk-all-done = { $count ->
        [one] El paso de esta guía está registrado.
       *[other] Los { $count } pasos de esta guía están registrados.
    }
walk-next-guide = Lo siguiente en tu resumen: «{ $title }».

## Letters

letter-title = Una carta que puedes usar
letter-objection-explain = Pega este texto en el formulario de oposición de Meta. Añade una frase con tus propias palabras sobre tu situación: una oposición tiene más fuerza si la acompaña un motivo propio.
letter-complaint-explain = Pega este texto en el formulario de reclamación de tu autoridad o envíalo por correo postal, con tu registro exportado como anexo.
letter-in-language = En { $language }
letter-english-copy = En inglés (la oficina europea de Meta está en Irlanda)
letter-english-fallback = Todavía no hay texto en { $language }, así que esta carta está en inglés. Comprueba si tu autoridad acepta escritos en inglés.
letter-copy = Copiar
letter-copied = Copiado.
letter-copy-failed = No se ha podido copiar. Selecciona el texto y pulsa Ctrl+C.
letter-edit-hint = Puedes editar el texto antes de copiarlo. Tus cambios no se guardan.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Cuenta que usas en Meta (opcional)
field-profile-account-hint = El nombre de usuario o el correo electrónico que usas en Meta. Aparece en tu registro, para que una autoridad sepa de quién son los datos. Se queda en este ordenador.
record-format-bundle = Paquete para una autoridad (.zip: registro, tus archivos, sumas de control)
follow-up-answer = Responder a Meta
outcome-accepted = Aceptó la solicitud
outcome-refused = La rechazó
outcome-asked-for-more = Pidió más información
outcome-no-answer = Sin respuesta
walk-attachments = Archivos guardados como prueba
walk-attach = Adjuntar un archivo
walk-attach-hint = Una captura de pantalla de la confirmación de Meta, el correo de confirmación (.eml), un PDF o un archivo de texto, de 25 MB como máximo. Se guarda una copia con tu progreso, que solo tú puedes leer; el original se queda donde está.
walk-attached = { $name } está adjunto; se guarda una copia con tu progreso.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Este archivo falta en tu carpeta de datos.
walk-attachment-altered = Este archivo se modificó después de adjuntarlo: ya no coincide con su SHA-256.
walk-reply = Respuesta de Meta
walk-reply-outcome = ¿Qué respondió Meta?
walk-reply-received = Recibida el
walk-reply-text = Texto de la respuesta (pégalo aquí)
walk-reply-save = Guardar la respuesta
walk-reply-saved = La respuesta de Meta está registrada.
walk-reply-next-escalate = El resumen ahora ofrece la reclamación ante tu autoridad de protección de datos.
walk-reply-next-answer = El resumen ofrece de nuevo este paso, para responder a Meta.
walk-reply-current = Registrado: { $outcome }, recibida el { $date }.
walk-reply-current-undated = Registrado: { $outcome }.
follow-up-answered-refused = Meta rechazó «{ $step }». Ahora puedes reclamar ante tu autoridad de protección de datos.
follow-up-answered-no-answer = Meta no respondió a «{ $step }». Ahora puedes reclamar ante tu autoridad de protección de datos.
follow-up-answered-asked-for-more = Meta pidió más información sobre «{ $step }». Respóndele desde el paso.
follow-up-answered-accepted = Meta aceptó «{ $step }».
letter-keep = Guardar tal como se envió
letter-keep-hint = Cuando envíes una carta, guárdala aquí tal como la enviaste: se adjunta a este paso, y tu registro y el paquete para una autoridad la incluyen.
letter-kept = La carta se guarda como { $name }, adjunta a este paso.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Guías
guides-builtin = En uso: las guías incluidas en la aplicación, revisadas hasta el { $date }.
guides-pack = En uso: el paquete de guías { $version } del { $date }, firmado por { $signer }.
guides-signer-project = el proyecto meta-optout (clave { $id })
guides-signer-added = «{ $name }» (clave { $id }), una clave que añadiste
guides-superseded = El paquete de guías { $version } que instalaste es más antiguo que las guías incluidas en esta versión de la aplicación, así que se usan las incluidas.
guides-update = Actualizar las guías desde un archivo…
guides-update-hint = Un paquete de guías es un archivo con guías corregidas. La aplicación comprueba su firma y solo lo instala si es más reciente y pasa todas las comprobaciones; nunca se conecta. Una firma prueba quién hizo el paquete y que nadie lo cambió después, no que sus instrucciones sean correctas.
guides-rollback = Volver a las guías anteriores
guides-updated = Las guías se han actualizado al paquete { $version } del { $date }.
guides-updated-changes = Indica { $count ->
    [one] un cambio
   *[other] { $count } cambios
} en las aplicaciones de Meta; el resumen muestra los pasos que deberías repetir o comprobar.
guides-rolled-back = Las guías anteriores vuelven a estar en uso.
changed-title = Meta cambió esto después de que lo hicieras
changed-redo = { $step }: lo hiciste el { $done }; Meta lo cambió el { $date }: { $what } Hazlo de nuevo.
changed-check = { $step }: lo hiciste el { $done }; Meta lo cambió el { $date }: { $what } Comprueba que sigue vigente.
changed-open = Abrir el paso
mismatch-open = Este paso no coincide con lo que veo
mismatch-expected = Lo que dice el paso
mismatch-saw = Lo que ves en su lugar
mismatch-more = Algo más (opcional)
mismatch-report = Informe para copiar y enviar a los responsables
mismatch-hint = La aplicación no envía nada: copia este texto y envíalo tú, por ejemplo por correo o en el gestor de incidencias del proyecto. No contiene datos personales salvo que los escribas.
mismatch-copy = Copiar el informe
walk-done-again = Hecho de nuevo
