<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/net/OptOutOutbox.cpp" line="+119"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../app/net/ApiErrors.cpp" line="+57"/>
        <source>cannot verify server %1: %2</source>
        <translation>no se puede verificar el servidor %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 no respondió a tiempo: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to %1 was lost before it answered: %2</source>
        <translation>se perdió la conexión con %1 antes de que respondiera: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request to %1 refused: %2</source>
        <translation>%1 rechazó la petición: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with a redirect (%2), which is never followed</source>
        <translation>%1 respondió con una redirección (%2), que nunca se sigue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the token (401); check --token-file or PRIVACY_DASHBOARD_TOKEN</source>
        <translation>%1 no aceptó el token (401); revisa --token-file o PRIVACY_DASHBOARD_TOKEN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token is not allowed to do this (403)</source>
        <translation>el token no permite hacer esto (403)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still processing an earlier attempt of this change (409)</source>
        <translation>%1 todavía está procesando un intento anterior de este cambio (409)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the setting was changed elsewhere (%1)</source>
        <translation>el ajuste se cambió en otro lugar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is rate limiting requests (429)</source>
        <translation>%1 está limitando las peticiones (429)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server error %1 from %2</source>
        <translation>error del servidor %1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request (%2)</source>
        <translation>%1 rechazó la petición (%2)</translation>
    </message>
    <message>
        <location filename="../app/net/RetryingSender.cpp" line="+150"/>
        <source>; retry after %1 UTC</source>
        <translation>; vuelve a intentarlo después de las %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/net/ApiClient.cpp" line="+71"/>
        <source>the setting came without a strong ETag</source>
        <translation>el ajuste llegó sin una ETag fuerte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the history does not end (%1 changes read)</source>
        <translation>el historial no termina (%1 cambios leídos)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the item list does not end (%1 items read)</source>
        <translation>la lista de elementos no termina (%1 elementos leídos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a platform name</source>
        <translation>«%1» no es un nombre de plataforma</translation>
    </message>
    <message>
        <location filename="../app/net/OptOutWriter.cpp" line="+80"/>
        <source>the setting was changed elsewhere after you asked (it is now %1); your change was not applied</source>
        <translation>el ajuste se cambió en otro lugar después de tu petición (ahora está %1); tu cambio no se aplicó</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>opted out</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>opted in</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the server confirmed the other state</source>
        <translation>el servidor confirmó el estado contrario</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the setting was changed elsewhere (it is now %1); your change was not applied</source>
        <translation>el ajuste se cambió en otro lugar (ahora está %1); tu cambio no se aplicó</translation>
    </message>
    <message>
        <location filename="../app/net/OptOutOutbox.cpp" line="-55"/>
        <location line="+22"/>
        <source>cannot create the folder for unsent changes %1</source>
        <translation>no se puede crear la carpeta de cambios pendientes %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the change before sending it (%1)</source>
        <translation>no se puede guardar el cambio antes de enviarlo (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the unsent change: %1</source>
        <translation>no se puede leer el cambio pendiente: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown state</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belongs to another server, member or setting</source>
        <translation>pertenece a otro servidor, miembro o ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unsent change is damaged: %1</source>
        <translation>el cambio pendiente está dañado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot remove the unsent change %1</source>
        <translation>no se puede eliminar el cambio pendiente %1</translation>
    </message>
    <message>
        <location filename="../app/net/ServerConnection.cpp" line="+15"/>
        <source>cannot read the token file %1: %2</source>
        <translation>no se puede leer el archivo del token %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token: give --token-file FILE or set PRIVACY_DASHBOARD_TOKEN</source>
        <translation>no hay token: indica --token-file ARCHIVO o define PRIVACY_DASHBOARD_TOKEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token in %1 is empty or too long</source>
        <translation>el token de %1 está vacío o es demasiado largo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token in %1 holds characters a bearer token cannot have</source>
        <translation>el token de %1 contiene caracteres que un token de portador no puede tener</translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>About Privacy Dashboard</source>
        <translation>Acerca de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See which of your data may have fed generative-AI training, and opt out. Opting out stops future training only; models already trained are not retrained.</source>
        <translation>Descubre qué datos tuyos pueden haber servido para entrenar IA generativa, y exclúyete. Excluirte solo detiene el entrenamiento futuro; los modelos ya entrenados no se vuelven a entrenar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy data:</source>
        <translation>Datos de la política:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source code</source>
        <translation>Código &amp;fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the source code</source>
        <translation>Abrir el código fuente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Licence text</source>
        <translation>Texto de la &amp;licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the licence text</source>
        <translation>Abrir el texto de la licencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, version %2 (checked against the platform&apos;s pages on %3)</source>
        <translation>%1, versión %2 (contrastada con las páginas de la plataforma el %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later (%1)</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>built with %1, running on %2</source>
        <translation>compilado con %1, ejecutándose en %2</translation>
    </message>
</context>
<context>
    <name>pd::ActivityChart</name>
    <message>
        <location filename="../ui/ActivityChart.cpp" line="+141"/>
        <source>Chart of your activity per month</source>
        <translation>Gráfico de tu actividad por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per month that may have been used for AI training, items %1 that existed while training was allowed, items that were not used, and items of categories not used for training. The same numbers are in the table next to the chart.</source>
        <translation>Elementos por mes que pueden haberse usado para entrenar IA, elementos %1 que existían mientras se permitía el entrenamiento, elementos que no se usaron y elementos de categorías que no se usan para entrenar. Las mismas cifras están en la tabla junto al gráfico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a month to list its items; in the table, Enter on a cell does the same.</source>
        <translation>Haz clic en un mes para ver sus elementos; en la tabla, Intro en una celda hace lo mismo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2: click to list these items</source>
        <translation>%1, %2: haz clic para ver estos elementos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items per month</source>
        <translation>Elementos por mes</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Your activity per month</source>
        <translation>Tu actividad por mes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1 item before %1 not drawn (it is in the table)</source>
        <translation>1 elemento anterior a %1 sin dibujar (está en la tabla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items before %2 not drawn (they are in the table)</source>
        <translation>%1 elementos anteriores a %2 sin dibujar (están en la tabla)</translation>
    </message>
</context>
<context>
    <name>pd::ApiCodec</name>
    <message>
        <location filename="../app/core/ApiCodec.cpp" line="+35"/>
        <source>&quot;%1&quot; is not a valid key here</source>
        <translation>«%1» no es una clave válida aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a count from 1 to %1</source>
        <translation>se esperaba un número de 1 a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid response from the server: %1</source>
        <translation>respuesta no válida del servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is larger than %1 bytes</source>
        <translation>el cuerpo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+328"/>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <location line="-322"/>
        <location line="+117"/>
        <location line="+209"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+175"/>
        <source>not a category id</source>
        <translation>no es un identificador de categoría</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>this month is also given by day</source>
        <translation>este mes también se da por días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the months of the first and last items must be given by day</source>
        <translation>los meses del primer y del último elemento deben darse por días</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>expected a two-letter country code</source>
        <translation>se esperaba un código de país de dos letras</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a strong entity tag</source>
        <translation>no es una ETag fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fewer than the changes sent</source>
        <translation>menos que los cambios enviados</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+85"/>
        <source>not a cursor</source>
        <translation>no es un cursor</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>required key is missing (null when undated)</source>
        <translation>falta una clave obligatoria (null si no tiene fecha)</translation>
    </message>
</context>
<context>
    <name>pd::ApiDataSource</name>
    <message>
        <location filename="../app/net/ApiDataSource.cpp" line="+77"/>
        <source>A change waiting to be sent could not be read and was dropped (%1).</source>
        <translation>Un cambio pendiente de envío no se pudo leer y se descartó (%1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+174"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>invalid response from the server: its history holds %1 changes, its summary counted %2</source>
        <translation>respuesta no válida del servidor: su historial contiene %1 cambios y su resumen contó %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>invalid policy from the server: %1</source>
        <translation>política no válida del servidor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent policy %1 %2 for %3 %4</source>
        <translation>el servidor envió la política %1 %2 para %3 %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid response from the server: its ledger gives a month as a total where days are needed</source>
        <translation>respuesta no válida del servidor: su registro da un mes como total donde hacen falta los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid response from the server: its opt-out state disagrees with its history</source>
        <translation>respuesta no válida del servidor: su estado de exclusión no coincide con su historial</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>a change is already on its way to the server; wait for its answer</source>
        <translation>ya hay un cambio de camino al servidor; espera su respuesta</translation>
    </message>
</context>
<context>
    <name>pd::ArchiveDataSource</name>
    <message>
        <location filename="../app/archive/ArchiveDataSource.cpp" line="+143"/>
        <source>An archive is a copy of your data; it cannot change the setting. Change it on the platform&apos;s page: %1</source>
        <translation>Un archivo es una copia de tus datos; no puede cambiar el ajuste. Cámbialo en la página de la plataforma: %1</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesContent</name>
    <message>
        <location filename="../ui/CategoriesPage.ui" line="+9"/>
        <source>Each category of your activity, how many items it holds, and whether the platform&apos;s policy uses it to train generative-AI models. Select a row to see what the category covers and why.</source>
        <translation>Cada categoría de tu actividad, cuántos elementos contiene y si la política de la plataforma la usa para entrenar modelos de IA generativa. Selecciona una fila para ver qué abarca la categoría y por qué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Categories of your data</source>
        <translation>Categorías de tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per category: items, first and last activity, whether it is used for AI training, and how many items may have been used. Sortable by any column.</source>
        <translation>Una fila por categoría: elementos, primera y última actividad, si se usa para entrenar IA y cuántos elementos pueden haberse usado. Se puede ordenar por cualquier columna.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this category</source>
        <translation>Sobre esta categoría</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open the policy &amp;source</source>
        <translation>Abrir la &amp;fuente de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the policy source</source>
        <translation>Abrir la fuente de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the platform&apos;s page this classification comes from in your browser</source>
        <translation>Abre en tu navegador la página de la plataforma de la que procede esta clasificación</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesModel</name>
    <message>
        <location filename="../ui/CategoriesModel.cpp" line="+127"/>
        <source>Items %1 that existed while training was allowed; not counted in &quot;may have been used&quot;</source>
        <translation>Elementos %1 que existían mientras se permitía el entrenamiento; no se cuentan en «pueden haberse usado»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI training</source>
        <translation>Entrenamiento de IA</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesPage</name>
    <message>
        <location filename="../ui/CategoriesPage.cpp" line="+21"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category columns</source>
        <translation>Columnas de categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate a column header to sort the table by it</source>
        <translation>Activa un encabezado de columna para ordenar la tabla por ella</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show &amp;items</source>
        <translation>Ver &amp;elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the list of this category&apos;s items (Enter in the table)</source>
        <translation>Abre la lista de los elementos de esta categoría (Intro en la tabla)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter or a double click lists the category&apos;s items.</source>
        <translation>Intro o un doble clic muestra los elementos de la categoría.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No categories</source>
        <translation>No hay categorías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 holds no activity for this member.</source>
        <translation>%1 no tiene actividad de este miembro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a category</source>
        <translation>Selecciona una categoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Used for generative-AI training while you are opted in.</source>
        <translation>Se usa para entrenar IA generativa mientras no te excluyas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not used for generative-AI training.</source>
        <translation>No se usa para entrenar IA generativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the platform neither lists it as used nor excludes it. Its items are shown apart, %1, and are not counted as &quot;may have been used&quot;.</source>
        <translation>Desconocido: la plataforma ni la incluye entre los datos usados ni la excluye. Sus elementos se muestran aparte, %1, y no se cuentan como «pueden haberse usado».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it covers: %1</source>
        <translation>Qué abarca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not in the policy document.</source>
        <translation>Esta categoría no está en el documento de la política.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 items: %2 existed while training was allowed (%3), %4 not used. First %5, last %6.</source>
        <translation>%1 elementos: %2 existían mientras se permitía el entrenamiento (%3), %4 no se usaron. Primero %5, último %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items: %2 may have been used, %3 not used. First %4, last %5.</source>
        <translation>%1 elementos: %2 pueden haberse usado, %3 no se usaron. Primero %4, último %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the items of %1</source>
        <translation>Ver los elementos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the %1 items of %2</source>
        <translation>Ver los %1 elementos de %2</translation>
    </message>
</context>
<context>
    <name>pd::ConfirmOptInDialog</name>
    <message>
        <location filename="../ui/ConfirmOptInDialog.cpp" line="+28"/>
        <location line="+4"/>
        <source>Turn on AI training on your data?</source>
        <translation>¿Activar el entrenamiento de IA con tus datos?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Confirm: turn on AI training on your data</source>
        <translation>Confirmar: activar el entrenamiento de IA con tus datos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>• Turning training off again later stops future training only; models trained in the meantime keep what they learned.</source>
        <translation>• Si más adelante vuelves a desactivarlo, solo se detiene el entrenamiento futuro; los modelos entrenados mientras tanto conservan lo que aprendieron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn training &amp;on</source>
        <translation>&amp;Activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn training on</source>
        <translation>Activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the server to allow AI training on your data</source>
        <translation>Pide al servidor que permita entrenar IA con tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it off</source>
        <translation>&amp;Mantenerlo desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep training off</source>
        <translation>Mantener el entrenamiento desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this question and changes nothing</source>
        <translation>Cierra esta pregunta sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>pd::ConfirmOptOutDialog</name>
    <message>
        <location filename="../ui/ConfirmOptOutDialog.ui" line="+6"/>
        <location line="+9"/>
        <source>Turn off AI training on your data?</source>
        <translation>¿Desactivar el entrenamiento de IA con tus datos?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Confirm: turn off AI training on your data</source>
        <translation>Confirmar: desactivar el entrenamiento de IA con tus datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>• Training on your data stops from now on.</source>
        <translation>• El entrenamiento con tus datos se detiene a partir de ahora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other controls this does not cover</source>
        <translation>Otros controles que esto no abarca</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmOptOutDialog.cpp" line="+26"/>
        <source>• Models already trained are not retrained: %1 of your items may already be in them, and turning training off does not take them out.</source>
        <translation>• Los modelos ya entrenados no se vuelven a entrenar: %1 de tus elementos pueden estar ya en ellos, y desactivar el entrenamiento no los saca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Other controls this does not cover:</source>
        <translation>• Otros controles que esto no abarca:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turn training &amp;off</source>
        <translation>&amp;Desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn training off</source>
        <translation>Desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the server to stop AI training on your data from now on</source>
        <translation>Pide al servidor que deje de entrenar IA con tus datos a partir de ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it on</source>
        <translation>&amp;Mantenerlo activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep training on</source>
        <translation>Mantener el entrenamiento activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this question and changes nothing</source>
        <translation>Cierra esta pregunta sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>pd::ConnectDialog</name>
    <message>
        <location filename="../ui/ConnectDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Choose a data source</source>
        <translation>Elige una fuente de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where should the dashboard read your data from? You can change this later with File › Connect.</source>
        <translation>¿De dónde debe leer tus datos el panel? Puedes cambiarlo después con Archivo › Conectar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;demo member (bundled data, no network)</source>
        <translation>El miembro de &amp;demostración (datos incluidos, sin red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo member</source>
        <translation>Miembro de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the bundled demo data; the setting cannot be changed</source>
        <translation>Muestra los datos de demostración incluidos; el ajuste no se puede cambiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My &amp;server (Member Privacy API)</source>
        <translation>Mi &amp;servidor (Member Privacy API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My server</source>
        <translation>Mi servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your data from a Member Privacy API server over HTTPS</source>
        <translation>Lee tus datos de un servidor Member Privacy API por HTTPS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://127.0.0.1:8443</source>
        <translation>https://127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https address of the Member Privacy API server</source>
        <translation>La dirección https del servidor Member Privacy API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la &amp;CA:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system&apos;s trusted certificates</source>
        <translation>los certificados de confianza del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file with the certificate authority to trust for this server; empty for the system&apos;s</source>
        <translation>Un archivo PEM con la autoridad de certificación en la que confiar para este servidor; vacío para usar las del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the CA certificate file</source>
        <translation>Buscar el archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Token file:</source>
        <translation>Archivo del &amp;token:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holding your access token</source>
        <translation>El archivo que contiene tu token de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holding your access token; leave it empty if your access token is already set up on this computer</source>
        <translation>El archivo que contiene tu token de acceso; déjalo vacío si tu token de acceso ya está configurado en este ordenador</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/ConnectDialog.cpp" line="+44"/>
        <source>Token file</source>
        <translation>Archivo del token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the token file</source>
        <translation>Buscar el archivo del token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token itself is never stored in the settings, only the file&apos;s name.</source>
        <translation>El token nunca se guarda en los ajustes; solo el nombre del archivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Or read the copy of your data you downloaded from LinkedIn (“Get a copy of your data”), offline:</source>
        <translation>O lee sin conexión la copia de tus datos que descargaste de LinkedIn («Obtener una copia de tus datos»):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open my data e&amp;xport…</source>
        <translation>Abrir mi e&amp;xportación de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my data export</source>
        <translation>Abrir mi exportación de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ZIP file of your data export; it is read on this computer only</source>
        <translation>Elige el archivo ZIP de tu exportación de datos; solo se lee en este ordenador</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="-28"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>pd::CurlTransport</name>
    <message>
        <location filename="../app/net/CurlTransport.cpp" line="+164"/>
        <source>the request was cancelled</source>
        <translation>la petición se canceló</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the connection closed in the middle of the answer&apos;s headers</source>
        <translation>la conexión se cerró en mitad de las cabeceras de la respuesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the response from %1 is larger than %2 bytes</source>
        <translation>la respuesta de %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>libcurl refused a required setting: %1</source>
        <translation>libcurl rechazó un ajuste necesario: %1</translation>
    </message>
</context>
<context>
    <name>pd::DemoDataSource</name>
    <message>
        <location filename="../app/core/DemoDataSource.cpp" line="+53"/>
        <source>The demo member is read-only: the setting cannot be changed here. Connect to your own account to change it.</source>
        <translation>El miembro de demostración es de solo lectura: aquí no se puede cambiar el ajuste. Conéctate a tu propia cuenta para cambiarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bundled demo member</source>
        <translation>miembro de demostración incluido</translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+5"/>
        <location line="+1"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation>Qué guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report to read or print (PDF)</source>
        <translation>&amp;Informe para leer o imprimir (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report to read or print, as PDF</source>
        <translation>Informe para leer o imprimir, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as a &amp;web page</source>
        <translation>Informe como página &amp;web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report as a web page</source>
        <translation>Informe como página web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for a &amp;spreadsheet (two CSV files)</source>
        <translation>Cifras para una &amp;hoja de cálculo (dos archivos CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for a spreadsheet</source>
        <translation>Cifras para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for other &amp;programs (JSON)</source>
        <translation>Cifras para otros &amp;programas (JSON)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for other programs</source>
        <translation>Cifras para otros programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter objecting to the use of your data, as P&amp;DF</source>
        <translation>Carta de oposición al uso de tus datos, en P&amp;DF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter objecting to the use of your data, as PDF</source>
        <translation>Carta de oposición al uso de tus datos, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter objecting to the use of your data, as &amp;text</source>
        <translation>Carta de oposición al uso de tus datos, en &amp;texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter objecting to the use of your data, as text</source>
        <translation>Carta de oposición al uso de tus datos, en texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;aper size:</source>
        <translation>Tamaño del p&amp;apel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the PDF documents</source>
        <translation>Para los documentos PDF</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+16"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save it next</source>
        <translation>Elige a continuación dónde guardarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>pd::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="+19"/>
        <location line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+56"/>
        <source>What these numbers mean</source>
        <translation>Qué significan estas cifras</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous control: the toolbar, the list of pages, then the page&apos;s buttons and tables</source>
        <translation>Pasar al control siguiente o anterior: la barra de herramientas, la lista de páginas y luego los botones y las tablas de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the button or switch that has the focus ring</source>
        <translation>Usar el botón o el interruptor que tiene el foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down</source>
        <translation>Flecha arriba, flecha abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move through the list of pages or the rows of a table</source>
        <translation>Recorrer la lista de páginas o las filas de una tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the button or menu with that letter underlined</source>
        <translation>Usar el botón o el menú que tiene esa letra subrayada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the Opt-out page: the training switch (it asks first)</source>
        <translation>En la página Exclusión: el interruptor del entrenamiento (pregunta antes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a question or dialog without changing anything</source>
        <translation>Cerrar una pregunta o un cuadro de diálogo sin cambiar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F10 or Alt</source>
        <translation>F10 o Alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the menus</source>
        <translation>Abrir los menús</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard answers one question: which of your items may already have been used to train generative-AI models, and which are safe. It works it out from the platform&apos;s published policy and the dates of your own items.</source>
        <translation>El panel responde a una pregunta: cuáles de tus elementos pueden haberse usado ya para entrenar modelos de IA generativa y cuáles están a salvo. Lo calcula a partir de la política publicada de la plataforma y de las fechas de tus propios elementos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When training was allowed</source>
        <translation>Cuándo se permitía el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training was allowed on your data while a policy covered your country and you were opted in. The setting is on by default, so until you first opted out you were opted in. Opting out ends this time; it does not undo training that has already taken place.</source>
        <translation>Se permitía entrenar con tus datos mientras una política abarcaba tu país y participabas. El ajuste está activado por defecto, así que participabas hasta que te excluiste por primera vez. Excluirte pone fin a este periodo; no deshace el entrenamiento que ya se haya producido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the kinds the platform says it uses (posts, comments, your profile and others) that already existed while training was allowed. We cannot know whether a model actually used them: this is the most the published policy allows, which is why we say “may”.</source>
        <translation>Elementos de los tipos que la plataforma dice que usa (publicaciones, comentarios, tu perfil y otros) que ya existían mientras se permitía el entrenamiento. No podemos saber si un modelo los usó realmente: esto es lo máximo que permite la política publicada, y por eso decimos «pueden».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In categories the platform has not said either way</source>
        <translation>De categorías sobre las que la plataforma no se pronuncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of kinds the platform neither lists as used nor excludes, such as reactions, searches or connections, that existed while training was allowed. They would have been exposed if the platform uses that kind of data. As it has not said so, they are counted apart and never added to “may have been used”.</source>
        <translation>Elementos de tipos que la plataforma ni incluye entre los usados ni excluye, como reacciones, búsquedas o contactos, que existían mientras se permitía el entrenamiento. Habrían quedado expuestos si la plataforma usa ese tipo de datos. Como no lo ha dicho, se cuentan aparte y nunca se suman a «pueden haberse usado».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything else: items you created while opted out or before any policy applied to you, and items of kinds the platform says it does not use, such as private messages or payments. Every item is counted in exactly one of these three figures.</source>
        <translation>Todo lo demás: elementos que creaste mientras estabas excluido o antes de que se te aplicara alguna política, y elementos de tipos que la plataforma dice que no usa, como mensajes privados o pagos. Cada elemento se cuenta exactamente en una de estas tres cifras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Future use</source>
        <translation>Uso futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Yes” while you are opted in and a policy covers your country today: your new items can still be used. “No” once you opt out, or where no policy covers your country.</source>
        <translation>«Sí» mientras participas y hoy una política abarca tu país: tus nuevos elementos todavía pueden usarse. «No» en cuanto te excluyes, o donde ninguna política abarca tu país.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item dated on the day you opted out counts as “may have been used”, because we cannot tell whether it came before or after your click. Items without a date, such as skills, count as existing all along. Deleted items are not counted: sources list only what exists now.</source>
        <translation>Un elemento con fecha del día en que te excluiste cuenta como «pueden haberse usado», porque no podemos saber si fue antes o después de tu clic. Los elementos sin fecha, como las aptitudes, cuentan como existentes desde siempre. Los elementos eliminados no se cuentan: las fuentes solo enumeran lo que existe ahora.</translation>
    </message>
</context>
<context>
    <name>pd::HttpReply</name>
    <message>
        <location filename="../app/net/HttpTransport.cpp" line="+68"/>
        <source>the request was cancelled</source>
        <translation>la petición se canceló</translation>
    </message>
</context>
<context>
    <name>pd::ImportQuestionsDialog</name>
    <message>
        <location filename="../ui/ImportQuestionsDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Before reading your data export</source>
        <translation>Antes de leer tu exportación de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data export does not record two things the figures depend on. Answer what you know; you can open the export again to change them.</source>
        <translation>Tu exportación de datos no recoge dos cosas de las que dependen las cifras. Responde lo que sepas; puedes volver a abrir la exportación para cambiarlas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;country:</source>
        <translation>Tu &amp;país:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s rules apply to you; the first entry reads it from your profile in the export when it can</source>
        <translation>Qué normas de qué país se te aplican; la primera opción lo lee de tu perfil en la exportación cuando puede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did you turn off &quot;Data for Generative AI Improvement&quot;?</source>
        <translation>¿Desactivaste «Datos para mejorar la IA generativa»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No, never (the platform&apos;s default is on)</source>
        <translation>&amp;No, nunca (la plataforma lo activa por defecto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never opted out</source>
        <translation>Nunca me excluí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yes, on</source>
        <translation>&amp;Sí, el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on a date</source>
        <translation>Me excluí en una fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you opted out</source>
        <translation>Día en que te excluiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you turned the setting off; items made before it may have been used</source>
        <translation>El día en que desactivaste el ajuste; los elementos creados antes pueden haberse usado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sure? Keep &quot;No&quot;: the figures then show the most that may have been used.</source>
        <translation>¿No estás seguro? Deja «No»: así las cifras muestran lo máximo que puede haberse usado.</translation>
    </message>
    <message>
        <location filename="../ui/ImportQuestionsDialog.cpp" line="+36"/>
        <source>&amp;Read the export</source>
        <translation>&amp;Leer la exportación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read it from my profile in the export</source>
        <translation>Leerlo de mi perfil en la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::ImportReportDialog</name>
    <message>
        <location filename="../ui/ImportReportDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parts of the import report</source>
        <translation>Partes del informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Files read</source>
        <translation>Archivos leídos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: no file of the export held anything to count.</source>
        <translation>Ninguno: ningún archivo de la exportación contenía nada que contar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Files not recognised</source>
        <translation>Archivos no reconocidos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: every file in the export was recognised.</source>
        <translation>Ninguno: se reconocieron todos los archivos de la exportación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Rows with unreadable values</source>
        <translation>Filas con valores ilegibles</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: every value in the files read could be read.</source>
        <translation>Ninguna: se pudieron leer todos los valores de los archivos leídos.</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="+39"/>
        <source>Close the import report</source>
        <translation>Cerrar el informe de importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data export %1.
Files read: %2, with %3 items.
Files not recognised, left out: %4.
Rows with a value that could not be read: %5 (an unreadable date counts the item without a date; a row that cannot be read at all is left out).</source>
        <translation>Tu exportación de datos %1.
Archivos leídos: %2, con %3 elementos.
Archivos no reconocidos, omitidos: %4.
Filas con un valor que no se pudo leer: %5 (una fecha ilegible cuenta el elemento como sin fecha; una fila que no se puede leer en absoluto se omite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the import</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without a date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files read (%1)</source>
        <translation>Archivos leídos (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files not recognised (%1)</source>
        <translation>Archivos no reconocidos (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted without a date: %1</source>
        <translation>contado sin fecha: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with unreadable values (%1)</source>
        <translation>Filas con valores ilegibles (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first %1 of the rows that could not be read are listed.</source>
        <translation>Se muestran las primeras %1 filas que no se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>pd::ItemsModel</name>
    <message>
        <location filename="../ui/ItemsModel.cpp" line="+186"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (since %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the item existed while training was allowed, since %2</source>
        <translation>%1: el elemento existía mientras el entrenamiento estaba permitido, desde el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the item existed while training was allowed, from %2 to %3</source>
        <translation>%1: el elemento existía mientras el entrenamiento estaba permitido, del %2 al %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no link)</source>
        <translation>(sin enlace)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the item may have been used to train AI models, and the training window during which it existed</source>
        <translation>Si el elemento puede haberse usado para entrenar modelos de IA, y el periodo de entrenamiento durante el que existía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first characters of the item&apos;s text</source>
        <translation>Los primeros caracteres del texto del elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
</context>
<context>
    <name>pd::ItemsPage</name>
    <message>
        <location filename="../ui/ItemsPage.cpp" line="+71"/>
        <source>The items behind the figures</source>
        <translation>Los elementos detrás de las cifras</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search in the text</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search in the items&apos; text</source>
        <translation>Buscar en el texto de los elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list shows the items whose text or link holds these words</source>
        <translation>La lista muestra los elementos cuyo texto o enlace contiene estas palabras</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the items of one category, or of all</source>
        <translation>Muestra los elementos de una categoría, o de todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the items that may have been used, that were not used, or all</source>
        <translation>Muestra los elementos que pueden haberse usado, los que no se usaron, o todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the items shown; the lowest value means any day</source>
        <translation>El primer día de los elementos mostrados; el valor más bajo significa cualquier día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the items shown; the lowest value means any day</source>
        <translation>El último día de los elementos mostrados; el valor más bajo significa cualquier día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Clear the search and the filters</source>
        <translation>Quitar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per item: date, category, status, the start of its text and its link. Enter opens the item on the platform, Ctrl+C copies its link, the context menu has both.</source>
        <translation>Una fila por elemento: fecha, categoría, estado, el comienzo de su texto y su enlace. Intro abre el elemento en la plataforma, Ctrl+C copia su enlace; el menú contextual tiene ambos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item columns</source>
        <translation>Columnas de elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate a column header to sort the list by it</source>
        <translation>Activa un encabezado de columna para ordenar la lista por ella</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show all items</source>
        <translation>Ver todos los elementos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open on %1</source>
        <translation>&amp;Abrir en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected item on %1</source>
        <translation>Abrir el elemento seleccionado en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the item&apos;s page in your browser (Enter in the list)</source>
        <translation>Abre la página del elemento en tu navegador (Intro en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;iar enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected item&apos;s link</source>
        <translation>Copiar el enlace del elemento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the link on the clipboard (Ctrl+C in the list)</source>
        <translation>Pone el enlace en el portapapeles (Ctrl+C en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this e&amp;xport…</source>
        <translation>Olvidar esta e&amp;xportación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the items of this data export</source>
        <translation>Olvidar los elementos de esta exportación de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the items&apos; text and links from this app&apos;s memory; the figures stay</source>
        <translation>Quita el texto y los enlaces de los elementos de la memoria de esta aplicación; las cifras se mantienen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+306"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of 1 item</source>
        <translation>%1 de 1 elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the items behind the figures…</source>
        <translation>Cargando los elementos detrás de las cifras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items were forgotten</source>
        <translation>Los elementos se han olvidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of your data export are no longer in this app&apos;s memory; the figures on the other pages stay. Open the export again (File › Open data export…) to list them again.</source>
        <translation>Los elementos de tu exportación de datos ya no están en la memoria de esta aplicación; las cifras de las demás páginas se mantienen. Vuelve a abrir la exportación (Archivo › Abrir exportación de datos…) para verlos de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item list</source>
        <translation>Sin lista de elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source has no item list: %1</source>
        <translation>Esta fuente no tiene lista de elementos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it gives the figures only.</source>
        <translation>solo da las cifras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted in the figures but not listed, as their items carry no text: %1.</source>
        <translation>Contados en las cifras pero no listados, porque sus elementos no tienen texto: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No item list for %1</source>
        <translation>Sin lista de elementos para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source has no item list for %1: its %2 items are counted in the figures, but %3 gives no text or link for them.</source>
        <translation>Esta fuente no tiene lista de elementos para %1: sus %2 elementos se cuentan en las cifras, pero %3 no da texto ni enlace para ellos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No items</source>
        <translation>Sin elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source lists no items.</source>
        <translation>Esta fuente no lista ningún elemento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No items match</source>
        <translation>Ningún elemento coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item matches the search and the filters. Show all %1 items, or change the filters above.</source>
        <translation>Ningún elemento coincide con la búsqueda y los filtros. Muestra los %1 elementos, o cambia los filtros de arriba.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open on %1</source>
        <translation>Abrir en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forget this export</source>
        <translation>Olvidar esta exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the %1 items read from your data export? Their text and links leave this app&apos;s memory now; the figures on the other pages stay. To list them again, open the export again.</source>
        <translation>¿Olvidar los %1 elementos leídos de tu exportación de datos? Su texto y sus enlaces salen ahora de la memoria de esta aplicación; las cifras de las demás páginas se mantienen. Para verlos de nuevo, vuelve a abrir la exportación.</translation>
    </message>
</context>
<context>
    <name>pd::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when you next start Privacy Dashboard.</source>
        <translation>El idioma cambiará la próxima vez que inicies Privacy Dashboard.</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Privacy Dashboard</source>
        <translation>Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a page: Overview, Categories, Opt-out, Policy or Items (Ctrl+1 to Ctrl+5)</source>
        <translation>Elige una página: Resumen, Categorías, Exclusión, Política o Elementos (Ctrl+1 a Ctrl+5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where your data comes from: the demo member or your server</source>
        <translation>Elige de dónde vienen tus datos: el miembro de demostración o tu servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data export…</source>
        <translation>&amp;Abrir exportación de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse your own data-export ZIP, offline</source>
        <translation>Analiza sin conexión el ZIP de tu propia exportación de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import re&amp;port…</source>
        <translation>Informe de im&amp;portación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the last data-export import read and left out</source>
        <translation>Qué leyó y qué omitió la última importación de una exportación de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a report of your figures, or the letter objecting to the use of your data</source>
        <translation>Guarda un informe de tus cifras o la carta de oposición al uso de tus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Privacy Dashboard</source>
        <translation>Salir de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch your data again (F5)</source>
        <translation>Vuelve a obtener tus datos (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the overview</source>
        <translation>Mostrar el resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the categories of your data</source>
        <translation>Mostrar las categorías de tus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opt-&amp;out</source>
        <translation>E&amp;xclusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the training setting</source>
        <translation>Mostrar el ajuste de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the policy timeline for your region</source>
        <translation>Mostrar la cronología de la política para tu región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What these numbers mean</source>
        <translation>&amp;Qué significan estas cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &quot;may have been used&quot;, &quot;not said either way&quot; and &quot;not used&quot; mean</source>
        <translation>Qué significan «pueden haberse usado», «sin pronunciamiento» y «no usados»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key the dashboard answers to</source>
        <translation>Todas las teclas a las que responde el panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Privacy Dashboard</source>
        <translation>&amp;Acerca de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this application</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+53"/>
        <source>Choose where your data comes from with File › Connect (Ctrl+K), or open your data export with File › Open data export… (Ctrl+O).</source>
        <translation>Elige de dónde vienen tus datos con Archivo › Conectar (Ctrl+K), o abre tu exportación de datos con Archivo › Abrir exportación de datos… (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the items behind the figures: your posts, comments and answers</source>
        <translation>Ver los elementos detrás de las cifras: tus publicaciones, comentarios y respuestas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The items of your data export were forgotten; the figures stay.</source>
        <translation>Los elementos de tu exportación de datos se han olvidado; las cifras se mantienen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading your data export</source>
        <translation>Leyendo tu exportación de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel reading the data export</source>
        <translation>Cancelar la lectura de la exportación de datos</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+200"/>
        <location line="+280"/>
        <source>No data source yet</source>
        <translation>Aún no hay fuente de datos</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>it gives the figures only, not the items behind them.</source>
        <translation>solo da las cifras, no los elementos detrás de ellas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the items could not be loaded. %1</source>
        <translation>no se pudieron cargar los elementos. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+339"/>
        <source>Cannot open the data export</source>
        <translation>No se puede abrir la exportación de datos</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Cannot open the data source</source>
        <translation>No se puede abrir la fuente de datos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading your data from %1…</source>
        <translation>Cargando tus datos de %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — Privacy Dashboard</source>
        <translation>%1 — Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · as of %2</source>
        <translation>%1 · a fecha de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+180"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open your data export</source>
        <translation>Abrir tu exportación de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-export archives (*.zip);;All files (*)</source>
        <translation>Archivos de exportación de datos (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A data export is being read already; wait for it or cancel it.</source>
        <translation>Ya se está leyendo una exportación de datos; espera a que termine o cancélala.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data export %1 is no longer there (moved or deleted?). Open it again from where it is now, or choose another source.</source>
        <translation>La exportación de datos %1 ya no está ahí (¿se movió o se borró?). Ábrela de nuevo desde donde esté ahora, o elige otra fuente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: it is not a ZIP file, or it is damaged. Choose the ZIP file you downloaded from LinkedIn (“Get a copy of your data”).</source>
        <translation>No se puede leer %1: no es un archivo ZIP o está dañado. Elige el archivo ZIP que descargaste de LinkedIn («Obtener una copia de tus datos»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this is not a LinkedIn data export. It holds none of the files LinkedIn puts in one. Choose the ZIP file you downloaded from LinkedIn (“Get a copy of your data”).</source>
        <translation>%1: no es una exportación de datos de LinkedIn. No contiene ninguno de los archivos que LinkedIn incluye en ellas. Elige el archivo ZIP que descargaste de LinkedIn («Obtener una copia de tus datos»).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your data export %1 could not be read: %2.</source>
        <translation>No se pudo leer tu exportación de datos %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Reading your data export %1…</source>
        <translation>Leyendo tu exportación de datos %1…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reading the data export was cancelled; nothing changed.</source>
        <translation>Se canceló la lectura de la exportación de datos; no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1

The data on screen is unchanged.</source>
        <translation>%1

Los datos en pantalla no han cambiado.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures for other programs (*.json)</source>
        <translation>Cifras para otros programas (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved, and no file was changed. %1</source>
        <translation>No se guardó el informe y no se modificó ningún archivo. %1</translation>
    </message>
</context>
<context>
    <name>pd::MemberDataSource</name>
    <message>
        <location filename="../app/core/MemberDataSource.cpp" line="+10"/>
        <source>This source cannot list the items behind the figures.</source>
        <translation>Esta fuente no puede mostrar los elementos que hay detrás de las cifras.</translation>
    </message>
</context>
<context>
    <name>pd::MemberText</name>
    <message>
        <location filename="../app/core/MemberText.cpp" line="+37"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for training</source>
        <translation>Se usa para entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used for training</source>
        <translation>No se usa para entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the platform has not said either way</source>
        <translation>Desconocido: la plataforma no se pronuncia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May have been used</source>
        <translation>Pueden haberse usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not said either way</source>
        <translation>Sin pronunciamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used</source>
        <translation>No usados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not for training</source>
        <translation>No se usan para entrenar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list holds only the first %1 items; %2 more were not kept (the figures still count them).</source>
        <translation>La lista contiene solo los primeros %1 elementos; otros %2 no se guardaron (las cifras sí los cuentan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items · %2 %3 · %4 %5 · %6 not used</source>
        <translation>%1 elementos · %2 %3 · %4 %5 · %6 no usados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data (%1)</source>
        <translation>Datos de demostración (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data export %1</source>
        <translation>Exportación de datos %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — from cache, may be out of date</source>
        <translation> — de la caché, puede no estar actualizado</translation>
    </message>
</context>
<context>
    <name>pd::MonthlyActivityModel</name>
    <message>
        <location filename="../ui/MonthlyActivityModel.cpp" line="+64"/>
        <source>Items %1 that existed while training was allowed; not counted in &quot;may have been used&quot;</source>
        <translation>Elementos %1 que existían mientras se permitía el entrenamiento; no se cuentan en «pueden haberse usado»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pd::OptOutContent</name>
    <message>
        <location filename="../ui/OptOutPage.ui" line="+22"/>
        <source>On means the platform may train AI models on your data. Turning it off asks for confirmation first.</source>
        <translation>Activado significa que la plataforma puede entrenar modelos de IA con tus datos. Para desactivarlo se pide confirmación primero.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the change again</source>
        <translation>Reintentar el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the change to the server again</source>
        <translation>Envía de nuevo el cambio al servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the current state</source>
        <translation>Recargar el estado actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the setting from the server again</source>
        <translation>Vuelve a leer el ajuste del servidor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the setting on the &amp;platform</source>
        <translation>Abrir el ajuste en la &amp;plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the setting on the platform</source>
        <translation>Abrir el ajuste en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the platform&apos;s own settings page in your browser</source>
        <translation>Abre en tu navegador la página de ajustes de la propia plataforma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of changes to the setting</source>
        <translation>Historial de cambios del ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each change with its time, the new state, the channel and the server&apos;s confirmation id</source>
        <translation>Cada cambio con su hora, el nuevo estado, el canal y el identificador de confirmación del servidor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No changes yet: the setting still has the platform&apos;s default.</source>
        <translation>Aún no hay cambios: el ajuste sigue con el valor por defecto de la plataforma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this setting does not cover</source>
        <translation>Lo que este ajuste no abarca</translation>
    </message>
</context>
<context>
    <name>pd::OptOutPage</name>
    <message>
        <location filename="../ui/OptOutPage.cpp" line="+24"/>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What turning it off does, in the platform&apos;s words: %1
%2</source>
        <translation>Qué hace desactivarlo, en palabras de la plataforma: %1
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation id</source>
        <translation>Identificador de confirmación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History columns</source>
        <translation>Columnas del historial</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training off (opted out)</source>
        <translation>Entrenamiento desactivado (te excluiste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training on (opted in)</source>
        <translation>Entrenamiento activado (participas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (not confirmed)</source>
        <translation>ninguno (sin confirmar)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. Your data export does not record this setting, so the platform has not confirmed it. Check it with “Open the setting on the platform” below.</source>
        <translation>%1. Tu exportación de datos no recoge este ajuste, así que la plataforma no lo ha confirmado. Compruébalo con «Abrir el ajuste en la plataforma», más abajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed by the source: training on your data is OFF (you opted out)</source>
        <translation>Confirmado por la fuente: el entrenamiento con tus datos está DESACTIVADO (te excluiste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the source: training on your data is ON</source>
        <translation>Confirmado por la fuente: el entrenamiento con tus datos está ACTIVADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source> since %1</source>
        <translation> desde el %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <source> (the platform&apos;s default)</source>
        <translation> (el valor por defecto de la plataforma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The change that was waiting reached the server: training on your data is now %1</source>
        <translation>El cambio pendiente llegó al servidor: el entrenamiento con tus datos está ahora %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>. Confirmation id: %1</source>
        <translation>. Identificador de confirmación: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The change that is waiting could not be sent yet: %1.</source>
        <translation>Todavía no se pudo enviar el cambio pendiente: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change that was waiting was not sent and has been dropped: %1. The setting is as shown above.</source>
        <translation>El cambio pendiente no se envió y se ha descartado: %1. El ajuste es el que se muestra arriba.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pending: asking the server to turn training off…</source>
        <translation>Pendiente: pidiendo al servidor que desactive el entrenamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: asking the server to turn training on…</source>
        <translation>Pendiente: pidiendo al servidor que active el entrenamiento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed: training on your data is off</source>
        <translation>Confirmado: el entrenamiento con tus datos está desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: training on your data is on</source>
        <translation>Confirmado: el entrenamiento con tus datos está activado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not changed yet: %1.</source>
        <translation>Aún sin cambiar: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed: %1. The setting is still as shown above, and nothing was kept to send later.</source>
        <translation>Sin cambios: %1. El ajuste sigue como se muestra arriba y no se guardó nada para enviarlo después.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not changed: the setting was changed elsewhere (another device or the website) since it was loaded. Reload to see the current state, then decide again.</source>
        <translation>Sin cambios: el ajuste se cambió en otro lugar (otro dispositivo o el sitio web) desde que se cargó. Recarga para ver el estado actual y decide de nuevo.</translation>
    </message>
</context>
<context>
    <name>pd::OptOutWording</name>
    <message>
        <location filename="../app/core/OptOutWording.cpp" line="+24"/>
        <source>Opting out stops future training on your data, but it does not undo training that has already taken place: models already trained on your data are not retrained.</source>
        <translation>Excluirte detiene el entrenamiento futuro con tus datos, pero no deshace el entrenamiento que ya se ha producido: los modelos ya entrenados con tus datos no se vuelven a entrenar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separately, %1 %2 existed while a training period covered you; they are not counted as used, and would have been exposed only if the platform uses that data.</source>
        <translation>Aparte, %1 %2 existían mientras un periodo de entrenamiento te abarcaba; no se cuentan como usados, y solo habrían quedado expuestos si la plataforma usa esos datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>turn training off</source>
        <translation>desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>turn training on</source>
        <translation>activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending: %1 (asked %2).</source>
        <translation>Enviando: %1 (solicitado el %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send: %1 (asked %2).</source>
        <translation>Pendiente de envío: %1 (solicitado el %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has not answered yet.</source>
        <translation>El servidor aún no ha respondido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next command that reaches the server sends it; `opt-out cancel` drops it.</source>
        <translation>El próximo comando que llegue al servidor lo envía; `opt-out cancel` lo descarta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not sent without you: `opt-out off` sends it, `opt-out cancel` drops it.</source>
        <translation>No se envía sin ti: `opt-out off` lo envía, `opt-out cancel` lo descarta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is sent the next time the app reaches the server, unless you cancel it. Until then the setting stays as the server has it.</source>
        <translation>Se envía la próxima vez que la aplicación llegue al servidor, salvo que lo canceles. Hasta entonces el ajuste sigue como lo tiene el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning training on is never sent without you: send it from the Opt-out page (you are asked again), or cancel it. Until then the setting stays as the server has it.</source>
        <translation>Activar el entrenamiento nunca se envía sin ti: envíalo desde la página Exclusión (se te vuelve a preguntar) o cancélalo. Hasta entonces el ajuste sigue como lo tiene el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform&apos;s policy does not cover your region today, but once it does, your items will be available for training, and training that happens cannot be undone by opting out again.</source>
        <translation>Hoy la política de la plataforma no abarca tu región, pero en cuanto lo haga tus elementos quedarán disponibles para el entrenamiento, y el entrenamiento que se produzca no se deshace volviendo a excluirte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of your items would become available for training, and training that happens cannot be undone by opting out again.</source>
        <translation>%1 de tus elementos quedarían disponibles para el entrenamiento, y el entrenamiento que se produzca no se deshace volviendo a excluirte.</translation>
    </message>
</context>
<context>
    <name>pd::OverviewContent</name>
    <message>
        <location filename="../ui/OverviewPage.ui" line="+18"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the training setting</source>
        <translation>Cambiar el ajuste de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the Opt-out page</source>
        <translation>Abre la página Exclusión</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Activity per month</source>
        <translation>Actividad por mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity per month, as a table</source>
        <translation>Actividad por mes, en forma de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers of the chart: items per month that may have been used, not used, and not a training category</source>
        <translation>Las cifras del gráfico: elementos por mes que pueden haberse usado, que no se usaron y que no son de una categoría de entrenamiento</translation>
    </message>
</context>
<context>
    <name>pd::OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="+77"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity table columns</source>
        <translation>Columnas de la tabla de actividad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the &amp;setting page</source>
        <translation>Abrir la página del a&amp;juste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the platform&apos;s setting page</source>
        <translation>Abrir la página de ajustes de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check or change the setting in your browser</source>
        <translation>Comprueba o cambia el ajuste en tu navegador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import report…</source>
        <translation>&amp;Informe de importación…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the files read from your data export, the files not recognised and the rows that could not be read</source>
        <translation>Muestra los archivos leídos de tu exportación de datos, los archivos no reconocidos y las filas que no se pudieron leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import:</source>
        <translation>Importación:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show these items</source>
        <translation>Ver estos elementos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the items counted in this figure</source>
        <translation>Ver los elementos contados en esta cifra</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Which items may have been used:</source>
        <translation>Qué elementos pueden haberse usado:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 items of %2 may have been used</source>
        <translation>%1 elementos de %2 pueden haberse usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows these items in the list</source>
        <translation>Muestra estos elementos en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: show them</source>
        <translation>%1: verlos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — not in the policy&apos;s list of regions, so every regime is assumed to apply</source>
        <translation> — no está en la lista de regiones de la política, así que se supone que se aplican todos los regímenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the date of your data export)</source>
        <translation>%1 (la fecha de tu exportación de datos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s privacy policy as we summarise it, version %2</source>
        <translation>Política de privacidad de %1 según nuestro resumen, versión %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If so, AI training on your data is off since then; before that it was on, as the platform turns it on by default.</source>
        <translation>Si es así, el entrenamiento de IA con tus datos está desactivado desde entonces; antes estaba activado, porque la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If so, AI training on your data is on: the platform turns it on by default.</source>
        <translation>Si es así, el entrenamiento de IA con tus datos está activado: la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source> No policy lets the platform train on data from your region at the moment.</source>
        <translation> Ahora mismo ninguna política permite a la plataforma entrenar con datos de tu región.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Your data export does not record this setting, so the platform has not confirmed it. Check or change it on the platform&apos;s page: %1</source>
        <translation>Tu exportación de datos no recoge este ajuste, así que la plataforma no lo ha confirmado. Compruébalo o cámbialo en la página de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI training on your data is OFF</source>
        <translation>El entrenamiento de IA con tus datos está DESACTIVADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off since %1</source>
        <translation>Desactivado desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>. Before that it was on: the platform turns it on by default.</source>
        <translation>. Antes estaba activado: la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI training on your data is ON</source>
        <translation>El entrenamiento de IA con tus datos está ACTIVADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On since %1</source>
        <translation>Activado desde el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On since %1, when the policy began to apply to your region. It was on by default: you have never opted out.</source>
        <translation>Activado desde el %1, cuando la política empezó a aplicarse a tu región. Estaba activado por defecto: nunca te has excluido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On by default: you have never opted out.</source>
        <translation>Activado por defecto: nunca te has excluido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items may already have been used to train AI models. Opting out does not undo this.</source>
        <translation>elementos pueden haberse usado ya para entrenar modelos de IA. Excluirte no lo deshace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items %1 existed while training was allowed; not counted as used</source>
        <translation>elementos %1 existían mientras se permitía el entrenamiento; no se cuentan como usados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>items not used for AI training</source>
        <translation>elementos no usados para entrenar IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>future use: your new activity can still be used for training</source>
        <translation>uso futuro: tu nueva actividad todavía puede usarse para entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>future use: no training on your data from now on</source>
        <translation>uso futuro: a partir de ahora no se entrena con tus datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the items: %1</source>
        <translation>Ver los elementos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the list of the items counted in this figure</source>
        <translation>Abre la lista de los elementos contados en esta cifra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Policy start</source>
        <translation>Inicio de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the policy began to apply to your region on %1 (dotted line)</source>
        <translation>la política empezó a aplicarse a tu región el %1 (línea de puntos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out</source>
        <translation>Te excluiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted in</source>
        <translation>Volviste a participar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you opted out on %1 (dashed line)</source>
        <translation>te excluiste el %1 (línea discontinua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you opted in again on %1 (dashed line)</source>
        <translation>volviste a participar el %1 (línea discontinua)</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+161"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbered lines on the chart: %1.</source>
        <translation>Las líneas numeradas del gráfico: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dated before %2: counted in every figure and listed in the table, but not drawn.</source>
        <translation>%1 con fecha anterior a %2: en todas las cifras y en la tabla, pero no en el gráfico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item is</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items are</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No activity yet</source>
        <translation>Aún no hay actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 holds no items for this member, so nothing can have been used.</source>
        <translation>%1 no tiene elementos de este miembro, así que no puede haberse usado nada.</translation>
    </message>
</context>
<context>
    <name>pd::Page</name>
    <message>
        <location filename="../ui/Page.cpp" line="+23"/>
        <source>Cannot reach the server</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your sign-in</source>
        <translation>El servidor no aceptó tu inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setting was changed elsewhere</source>
        <translation>El ajuste se cambió en otro lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data could not be read</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled</source>
        <translation>Se canceló la carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your access token is missing, cannot be read or was not accepted by the server; choose your token file again with Connect…</source>
        <translation>falta tu token de acceso, no se puede leer o el servidor no lo aceptó; vuelve a elegir tu archivo del token con Conectar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading was stopped before your data arrived. Nothing was changed.</source>
        <translation>La carga se detuvo antes de que llegaran tus datos. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the data source again</source>
        <translation>Volver a consultar la fuente de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the data source again</source>
        <translation>Volver a elegir la fuente de datos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1. %2 What you see below may be out of date.</source>
        <translation>%1. %2 Lo que ves abajo puede no estar actualizado.</translation>
    </message>
</context>
<context>
    <name>pd::PendingChangeBar</name>
    <message>
        <location filename="../ui/PendingChangeBar.cpp" line="+20"/>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel this change</source>
        <translation>&amp;Cancelar este cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drops the change; nothing is sent and the setting stays as it is</source>
        <translation>Descarta el cambio; no se envía nada y el ajuste se queda como está</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send now: %1</source>
        <translation>Enviar ahora: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this change: %1</source>
        <translation>Cancelar este cambio: %1</translation>
    </message>
</context>
<context>
    <name>pd::PolicyContent</name>
    <message>
        <location filename="../ui/PolicyPage.ui" line="+22"/>
        <source>Timeline of the policy regimes for your region</source>
        <translation>Cronología de los regímenes de la política para tu región</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regimes that do not apply to your region</source>
        <translation>Regímenes que no se aplican a tu región</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this policy document</source>
        <translation>Sobre este documento de política</translation>
    </message>
</context>
<context>
    <name>pd::PolicyPage</name>
    <message>
        <location filename="../ui/PolicyPage.cpp" line="+32"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 policy, version %2 (sources retrieved %3)</source>
        <translation>Política de %1, versión %2 (fuentes consultadas el %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page follows the platform&apos;s published privacy policy, help pages and announcements as we read them on %1 (version %2 of our summary of them). Which kinds of your data the platform says it uses comes from its help pages; where they neither list a kind of data as used nor exclude it, we say “not said either way” and count it apart. Where the sources disagree, we follow the platform&apos;s own announcements. Training before the first regime above took effect is not counted. Opting out does not undo training that has already taken place. Each regime above links to its sources, so you can check the wording yourself.</source>
        <translation>Esta página sigue la política de privacidad publicada por la plataforma, sus páginas de ayuda y sus anuncios tal como los leímos el %1 (versión %2 de nuestro resumen). Qué tipos de datos tuyos dice usar la plataforma sale de sus páginas de ayuda; cuando no incluyen un tipo de datos entre los usados ni lo excluyen, decimos «sin pronunciamiento» y lo contamos aparte. Cuando las fuentes no coinciden, seguimos los anuncios de la propia plataforma. No se cuenta el entrenamiento anterior a la entrada en vigor del primer régimen de arriba. Excluirte no deshace el entrenamiento que ya se ha producido. Cada régimen de arriba enlaza a sus fuentes, para que puedas comprobar la redacción por ti mismo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No regime of this policy applies to %1: the platform does not train on your data under it.</source>
        <translation>Ningún régimen de esta política se aplica a %1: con ella, la plataforma no entrena con tus datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regimes that let the platform train generative-AI models on data of members in %1:</source>
        <translation>Los regímenes que permiten a la plataforma entrenar modelos de IA generativa con datos de miembros en %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From %1 until %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1, still in force</source>
        <translation>Desde el %1, todavía en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis: %1</source>
        <translation>Base jurídica: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open source %1 of %2</source>
        <translation>Abrir la fuente %1 de %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (from %2): %3</source>
        <translation>%1 (desde el %2): %3</translation>
    </message>
</context>
<context>
    <name>pd::RegimeTimeline</name>
    <message>
        <location filename="../ui/RegimeTimeline.cpp" line="+44"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2, still in force</source>
        <translation>%1, desde el %2, todavía en vigor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No regime applies to your region.</source>
        <translation>Ningún régimen se aplica a tu región.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You opted out %1</source>
        <translation>Te excluiste el %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2 →</source>
        <translation>%1: desde el %2 →</translation>
    </message>
</context>
<context>
    <name>pd::SafeFile</name>
    <message>
        <location filename="../app/core/SafeFile.cpp" line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot set its permissions</source>
        <translation>no se pueden establecer sus permisos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the saved file is incomplete</source>
        <translation>el archivo guardado está incompleto</translation>
    </message>
</context>
<context>
    <name>pd::SourceOpener</name>
    <message>
        <location filename="../app/sources/SourceOpener.cpp" line="+26"/>
        <source>cannot read the certificate file %1</source>
        <translation>no se puede leer el archivo del certificado %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the archive %1</source>
        <translation>no se puede leer el archivo %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no folder to keep unsent changes in (no home folder?)</source>
        <translation>no hay ninguna carpeta donde guardar los cambios pendientes (¿no hay carpeta personal?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder for unsent changes %1</source>
        <translation>no se puede crear la carpeta de cambios pendientes %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No data source chosen.</source>
        <translation>No se ha elegido ninguna fuente de datos.</translation>
    </message>
</context>
<context>
    <name>pd::SourceSpec</name>
    <message>
        <location filename="../app/sources/SourceSpec.cpp" line="+17"/>
        <source>The server address must be an https:// address, such as https://127.0.0.1:8443.</source>
        <translation>La dirección del servidor debe ser https://, por ejemplo https://127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must not hold a user name or password; the app signs in with a token.</source>
        <translation>La dirección del servidor no debe contener usuario ni contraseña; la aplicación inicia sesión con un token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>No data source chosen.</source>
        <translation>No se ha elegido ninguna fuente de datos.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No data export chosen.</source>
        <translation>No se ha elegido ninguna exportación de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country must be a two-letter code such as DE.</source>
        <translation>El país debe ser un código de dos letras, como ES.</translation>
    </message>
</context>
<context>
    <name>pd::StatePanel</name>
    <message>
        <location filename="../ui/StatePanel.ui" line="+16"/>
        <source>Status icon</source>
        <translation>Icono de estado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the data source again</source>
        <translation>Volver a consultar la fuente de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the data source again: the server, your access token or the demo</source>
        <translation>Volver a elegir la fuente de datos: el servidor, tu token de acceso o la demostración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
</context>
<context>
    <name>pd::ToggleSwitch</name>
    <message>
        <location filename="../ui/ToggleSwitch.cpp" line="+193"/>
        <location line="+52"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>pd::TrainingUse</name>
    <message>
        <location filename="../app/core/Category.cpp" line="+35"/>
        <source>Used</source>
        <translation>Se usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used</source>
        <translation>No usados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may have been used</source>
        <translation>pueden haberse usado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in categories the platform has not said either way</source>
        <translation>de categorías sobre las que la plataforma no se pronuncia</translation>
    </message>
</context>
<context>
    <name>pd::UiText</name>
    <message>
        <location filename="../ui/UiText.cpp" line="+58"/>
        <source>an unknown country</source>
        <translation>un país desconocido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You told us you opted out on %1</source>
        <translation>Nos dijiste que te excluiste el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You told us you opted out</source>
        <translation>Nos dijiste que te excluiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You told us you never opted out</source>
        <translation>Nos dijiste que nunca te excluiste</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <location filename="../app/cli/SummaryText.cpp" line="+29"/>
        <source>Generative-AI training on your data: OFF (opted out)</source>
        <translation>Entrenamiento de IA generativa con tus datos: DESACTIVADO (te excluiste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since %1</source>
        <translation> desde el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Generative-AI training on your data: ON</source>
        <translation>Entrenamiento de IA generativa con tus datos: ACTIVADO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the platform&apos;s default; you have never opted out)</source>
        <translation> (el valor por defecto de la plataforma; nunca te has excluido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of your items may already have been used to train generative-AI models.
</source>
        <translation>%1 de tus elementos pueden haberse usado ya para entrenar modelos de IA generativa.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Future use: yes — new activity can still be used for training.
</source>
        <translation>Uso futuro: sí — tu nueva actividad todavía puede usarse para entrenar.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future use: no — no training on your data from now on under the current policy.
</source>
        <translation>Uso futuro: no — con la política actual, a partir de ahora no se entrena con tus datos.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No changes recorded: the platform&apos;s default applies (training on).
</source>
        <translation>No hay cambios registrados: se aplica el valor por defecto de la plataforma (entrenamiento activado).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opted out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member:  %1 (%2)
</source>
        <translation>Miembro:    %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:  %1%2
</source>
        <translation>Región:     %1%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not in the policy: every regime assumed to apply)</source>
        <translation> (no está en la política: se supone que se aplican todos los regímenes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:  %1
</source>
        <translation>Fuente:     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:   %1
</source>
        <translation>A fecha de: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy:  %1, version %2

</source>
        <translation>Política:   %1, versión %2

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI training</source>
        <translation>Entrenamiento de IA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>
&quot;Not said either way&quot;: items %1 that existed during a training period. They are shown apart and are not in &quot;may have been used&quot;.
</source>
        <translation>
«Sin pronunciamiento»: elementos %1 que existían durante un periodo de entrenamiento. Se muestran aparte y no están en «pueden haberse usado».
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
No data from this source for: %1.
</source>
        <translation>
Esta fuente no tiene datos de: %1.
</translation>
    </message>
</context>
</TS>
