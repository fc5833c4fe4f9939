# Registro exportado das etapas de privacidade (Markdown, HTML e CSV). Uma pessoa
# o entrega a uma autoridade de proteção de dados; por isso, deve ser redigido em
# linguagem simples e formal. Mantenha cada { $variable } como está.
# Forma de tratamento: formal (o senhor e a senhora); estes textos são, em sua maioria, rótulos impessoais.

# Formatos de data e hora (strftime: %d dia, %m mês, %Y ano, %H:%M hora).
# As datas são escritas em formato numérico.
record-date-format = %d/%m/%Y
record-time-format = %H:%M
record-title = Registro das etapas de privacidade
record-generated = Gerado em { $when } por { $app }.
record-times = Os horários indicados estão no horário local ({ $zone }).
record-integrity = Integridade: SHA-256 { $digest }.
record-verify-how = Para verificá-lo, remova o membro "digest" da exportação JSON deste registro, escreva o restante conforme o JSON Canonicalization Scheme (RFC 8785) e calcule o seu SHA-256; o resultado deve ser igual ao valor acima. O comando meta-optout verify faz essa verificação para uma exportação JSON ou um pacote.
record-account = Conta em questão
record-account-none = não informada
record-region = Local de residência da pessoa
record-law = Legislação aplicável
record-authority = Autoridade de proteção de dados
record-platforms = Aplicativos
record-profile-created = Perfil criado
record-summary = Resumo: { $done } concluídas, { $skipped } dispensadas, { $waiting } aguardando, { $todo } a fazer, { $overdue } em atraso.
record-follow-ups = Respostas aguardadas
record-due = Prazo
record-what = Assunto
record-state = Situação
record-open = em aberto
record-overdue = em atraso
record-moved = adiado de { $date }: { $reason }
record-guide = { $title } (instruções verificadas em { $date })
record-step = Etapa
record-status = Status
record-changed = Alterado
record-details = Detalhes
record-status-todo = a fazer
record-status-done = concluída
record-status-skipped = dispensada
record-status-waiting = aguardando
record-not-started = Não iniciadas: { $steps }
record-reason = motivo: { $text }
record-until = até { $date }
record-note = observação: { $text }
record-follow-up-due = resposta esperada até { $date }
record-followed-version = instruções seguidas conforme verificadas em { $date }
record-reply = Resposta da Meta: { $outcome }
record-reply-received = recebida em { $date }
record-reply-text = texto: { $text }
record-outcome-accepted = aceito
record-outcome-refused = recusado
record-outcome-asked-for-more = solicitou mais informações
record-outcome-no-answer = sem resposta
record-attachment = arquivo { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, anexado em { $when }
record-attachment-missing = este arquivo não está na pasta de dados
record-attachment-altered = este arquivo não corresponde mais ao seu SHA-256
record-sources = Fontes
record-undated = sem data
record-changed-since = Alterado pela Meta depois de feito
record-changed-since-item = { $step }: feito em { $done }; a Meta alterou em { $date }: { $what }
record-earlier = Etapas de uma versão anterior dos guias
record-history = Histórico
record-when = Data
record-change = Alteração
record-change-profile = perfil { $name }: { $region }, { $platforms }
record-change-account = conta { $account }
record-change-attach = anexado { $name } (SHA-256 { $sha256 })
# Cabeçalhos das colunas CSV, nesta ordem.
record-col-profile = perfil
record-col-account = conta
record-col-region = região
record-col-law = legislação
record-col-guide = guia
record-col-guide-title = título do guia
record-col-instructions-checked = instruções verificadas
record-col-step = etapa
record-col-step-title = título da etapa
record-col-status = status
record-col-changed = alterado
record-col-reason = motivo
record-col-until = até
record-col-evidence = comprovante
record-col-note = observação
record-col-follow-up-due = prazo de resposta
record-col-reply = resposta da Meta
record-col-reply-received = resposta recebida
record-col-attachments = arquivos (SHA-256)
