# Registro exportado de los pasos de privacidad (Markdown, HTML y CSV). Una persona
# lo presenta ante una autoridad de protección de datos, por lo que debe redactarse en
# un lenguaje sencillo y formal. Mantenga cada { $variable } tal como está.
# Tratamiento: formal (usted); estos textos son en su mayoría etiquetas impersonales.

# Formatos de fecha y hora (strftime: %d día, %m mes, %Y año, %H:%M hora).
# Las fechas se escriben en formato numérico.
record-date-format = %d/%m/%Y
record-time-format = %H:%M
record-title = Registro de pasos de privacidad
record-generated = Generado el { $when } por { $app }.
record-times = Las horas se indican en hora local ({ $zone }).
record-integrity = Integridad: SHA-256 { $digest }.
record-verify-how = Para comprobarlo, elimine el miembro "digest" de la exportación JSON de este registro, escriba el resto conforme al JSON Canonicalization Scheme (RFC 8785) y calcule su SHA-256; debe coincidir con el valor indicado arriba. El comando meta-optout verify realiza esta comprobación para una exportación JSON o un paquete.
record-account = Cuenta afectada
record-account-none = no indicada
record-region = Lugar de residencia de la persona
record-law = Legislación aplicable
record-authority = Autoridad de protección de datos
record-platforms = Aplicaciones
record-profile-created = Perfil creado
record-summary = Resumen: { $done } realizados, { $skipped } omitidos, { $waiting } en espera, { $todo } pendientes, { $overdue } vencidos.
record-follow-ups = Respuestas pendientes
record-due = Plazo
record-what = Asunto
record-state = Situación
record-open = abierto
record-overdue = vencido
record-moved = aplazado desde el { $date }: { $reason }
record-guide = { $title } (instrucciones comprobadas el { $date })
record-step = Paso
record-status = Estado
record-changed = Modificado
record-details = Detalles
record-status-todo = pendiente
record-status-done = realizado
record-status-skipped = omitido
record-status-waiting = en espera
record-not-started = No iniciados: { $steps }
record-reason = motivo: { $text }
record-until = hasta el { $date }
record-note = nota: { $text }
record-follow-up-due = plazo de respuesta hasta el { $date }
record-followed-version = se siguieron las instrucciones en su versión comprobada el { $date }
record-reply = Respuesta de Meta: { $outcome }
record-reply-received = recibida el { $date }
record-reply-text = texto: { $text }
record-outcome-accepted = aceptada
record-outcome-refused = rechazada
record-outcome-asked-for-more = solicitó más información
record-outcome-no-answer = sin respuesta
record-attachment = archivo { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, adjuntado el { $when }
record-attachment-missing = este archivo no se encuentra en la carpeta de datos
record-attachment-altered = este archivo ya no coincide con su SHA-256
record-sources = Fuentes
record-undated = sin fecha
record-changed-since = Cambiado por Meta después de hacerlo
record-changed-since-item = { $step }: hecho el { $done }; Meta lo cambió el { $date }: { $what }
record-earlier = Pasos de una versión anterior de las guías
record-history = Historial
record-when = Fecha
record-change = Cambio
record-change-profile = perfil { $name }: { $region }, { $platforms }
record-change-account = cuenta { $account }
record-change-attach = se adjuntó { $name } (SHA-256 { $sha256 })
# Encabezados de columna CSV, en este orden.
record-col-profile = perfil
record-col-account = cuenta
record-col-region = región
record-col-law = legislación
record-col-guide = guía
record-col-guide-title = título de la guía
record-col-instructions-checked = instrucciones comprobadas
record-col-step = paso
record-col-step-title = título del paso
record-col-status = estado
record-col-changed = modificado
record-col-reason = motivo
record-col-until = hasta
record-col-evidence = prueba
record-col-note = nota
record-col-follow-up-due = plazo de respuesta
record-col-reply = respuesta de Meta
record-col-reply-received = respuesta recibida
record-col-attachments = archivos (SHA-256)
