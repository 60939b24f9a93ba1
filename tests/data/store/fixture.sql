BEGIN TRANSACTION;
CREATE TABLE _event_digests (event_id TEXT PRIMARY KEY, digest TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE "_meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);
INSERT INTO "_meta" VALUES('schema_version','1.1.0');
INSERT INTO "_meta" VALUES('events','13');
INSERT INTO "_meta" VALUES('events_in_order_through','13');
INSERT INTO "_meta" VALUES('source','fixture');
CREATE TABLE "actors" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT,
   "type" TEXT,
   "country" TEXT REFERENCES "actors"("id"),
   "title" TEXT
);
INSERT INTO "actors" VALUES('AZ','Azerbaijan','country',NULL,NULL);
INSERT INTO "actors" VALUES('EU','European Union','organization',NULL,NULL);
INSERT INTO "actors" VALUES('KG','Kyrgyzstan','country',NULL,NULL);
INSERT INTO "actors" VALUES('KZ','Kazakhstan','country',NULL,NULL);
INSERT INTO "actors" VALUES('OTS','Organization of Turkic States','organization',NULL,NULL);
INSERT INTO "actors" VALUES('TJ','Tajikistan','country',NULL,NULL);
INSERT INTO "actors" VALUES('TM','Turkmenistan','country',NULL,NULL);
INSERT INTO "actors" VALUES('TR','Türkiye','country',NULL,NULL);
INSERT INTO "actors" VALUES('UZ','Uzbekistan','country',NULL,NULL);
INSERT INTO "actors" VALUES('recep-tayyip-erdogan','Recep Tayyip Erdoğan','person','TR','President');
CREATE TABLE agreement_lifecycle (agreement_id TEXT, agreement TEXT, type TEXT, event_id TEXT, kind TEXT, date_start TEXT, date_label TEXT, status TEXT, sort_key TEXT, PRIMARY KEY (agreement_id, sort_key, event_id)) WITHOUT ROWID;
INSERT INTO "agreement_lifecycle" VALUES('fixture-customs-corridor','Agreement on a Simplified Customs Corridor','agreement','2022-11-11-signing-ots','signing','2022-11-11','11 November 2022','occurred','2022-11-11~2913589');
INSERT INTO "agreement_lifecycle" VALUES('fixture-customs-corridor','Agreement on a Simplified Customs Corridor','agreement','2024-11-29-entry-into-force-ots','entry_into_force','2024-11-29','29 November 2024','occurred','2024-11-29~2912840');
CREATE TABLE "agreement_parties" (
   "agreement_id" TEXT REFERENCES "agreements"("id"),
   "actor_id" TEXT REFERENCES "actors"("id"),
   PRIMARY KEY ("agreement_id", "actor_id")
);
INSERT INTO "agreement_parties" VALUES('fixture-customs-corridor','KZ');
INSERT INTO "agreement_parties" VALUES('fixture-customs-corridor','OTS');
INSERT INTO "agreement_parties" VALUES('fixture-customs-corridor','TR');
CREATE TABLE "agreements" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT,
   "type" TEXT
);
INSERT INTO "agreements" VALUES('fixture-customs-corridor','Agreement on a Simplified Customs Corridor','agreement');
CREATE TABLE "documents" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT,
   "outlet" TEXT,
   "author" TEXT,
   "url" TEXT,
   "published" TEXT,
   "published_inferred" INTEGER,
   "path" TEXT,
   "characters" INTEGER
);
INSERT INTO "documents" VALUES('fixture-a','Article fixture-a','Fixture News',NULL,NULL,NULL,0,'',1000);
INSERT INTO "documents" VALUES('fixture-b','Article fixture-b','Fixture News',NULL,NULL,NULL,0,'',1000);
INSERT INTO "documents" VALUES('fixture-c','Article fixture-c','Fixture News',NULL,NULL,NULL,0,'',1000);
INSERT INTO "documents" VALUES('fixture-d','Article fixture-d','Fixture News',NULL,NULL,NULL,0,'',1000);
INSERT INTO "documents" VALUES('fixture-e','Article fixture-e','Fixture News',NULL,NULL,NULL,0,'',1000);
INSERT INTO "documents" VALUES('fixture-x','Article fixture-x','Fixture News',NULL,NULL,NULL,0,'',1000);
CREATE TABLE "event_actors" (
   "event_id" TEXT REFERENCES "events"("id"),
   "actor_id" TEXT REFERENCES "actors"("id"),
   "role" TEXT,
   PRIMARY KEY ("event_id", "actor_id", "role")
);
INSERT INTO "event_actors" VALUES('199x-founding-tm-tr','TR','participant');
INSERT INTO "event_actors" VALUES('199x-founding-tm-tr','TM','participant');
INSERT INTO "event_actors" VALUES('2022-03-29-visit-tr-uz','recep-tayyip-erdogan','visitor');
INSERT INTO "event_actors" VALUES('2022-03-29-visit-tr-uz','UZ','host');
INSERT INTO "event_actors" VALUES('2022-03-29-visit-tr-uz','TR','visitor');
INSERT INTO "event_actors" VALUES('2022-05-03-call-tj-tr','TR','participant');
INSERT INTO "event_actors" VALUES('2022-05-03-call-tj-tr','TJ','participant');
INSERT INTO "event_actors" VALUES('2022-w19-forum-tr-uz','TR','participant');
INSERT INTO "event_actors" VALUES('2022-w19-forum-tr-uz','UZ','participant');
INSERT INTO "event_actors" VALUES('2022-05-visit-kz-tr','KZ','visitor');
INSERT INTO "event_actors" VALUES('2022-05-visit-kz-tr','TR','host');
INSERT INTO "event_actors" VALUES('2022-fa-summit-az-ots-tr','OTS','participant');
INSERT INTO "event_actors" VALUES('2022-fa-summit-az-ots-tr','TR','participant');
INSERT INTO "event_actors" VALUES('2022-fa-summit-az-ots-tr','AZ','participant');
INSERT INTO "event_actors" VALUES('2022-11-11-signing-ots','OTS','signatory');
INSERT INTO "event_actors" VALUES('2023-h1-meeting-tr-uz','TR','participant');
INSERT INTO "event_actors" VALUES('2023-h1-meeting-tr-uz','UZ','participant');
INSERT INTO "event_actors" VALUES('2023-06-01-statement-eu-kz','EU','participant');
INSERT INTO "event_actors" VALUES('2023-06-01-statement-eu-kz','KZ','participant');
INSERT INTO "event_actors" VALUES('2023-q3-exercise-kz-tr','TR','participant');
INSERT INTO "event_actors" VALUES('2023-q3-exercise-kz-tr','KZ','participant');
INSERT INTO "event_actors" VALUES('2024-summit-kg-ots-tr','OTS','chair');
INSERT INTO "event_actors" VALUES('2024-summit-kg-ots-tr','KG','host');
INSERT INTO "event_actors" VALUES('2024-summit-kg-ots-tr','TR','participant');
INSERT INTO "event_actors" VALUES('2024-decree-tr','TR','participant');
INSERT INTO "event_actors" VALUES('2024-11-29-entry-into-force-ots','OTS','participant');
CREATE TABLE "events" (
   "id" TEXT PRIMARY KEY,
   "kind" TEXT NOT NULL,
   "title" TEXT NOT NULL,
   "summary" TEXT,
   "status" TEXT NOT NULL,
   "date_start" TEXT NOT NULL,
   "date_end" TEXT NOT NULL,
   "date_precision" TEXT NOT NULL,
   "date_mod" TEXT,
   "date_value" TEXT,
   "date_text" TEXT,
   "date_label" TEXT,
   "sort_key" TEXT,
   "year" INTEGER,
   "month" TEXT,
   "place_id" TEXT REFERENCES "places"("id"),
   "agreement_id" TEXT REFERENCES "agreements"("id"),
   "countries" TEXT,
   "organizations" TEXT,
   "tags" TEXT,
   "related" TEXT,
   "review" TEXT,
   "quotes" TEXT,
   "source_count" INTEGER,
   "participant_names" TEXT,
   "country_names" TEXT
);
INSERT INTO "events" VALUES('199x-founding-tm-tr','founding','Founding of a council in the 1990s','','occurred','1990-01-01','1999-12-31','decade',NULL,'199X','in the 1990s','the 1990s','1990-01-01~2921940',1990,'1990-01',NULL,NULL,'["TM", "TR"]','[]','[]','[]','proposed','The council was founded in the 1990s.',1,'Türkiye · Turkmenistan','["Turkmenistan", "Türkiye"]');
INSERT INTO "events" VALUES('2022-03-29-visit-tr-uz','visit','Erdoğan''s official visit to Uzbekistan','A two-day official visit.','occurred','2022-03-29','2022-03-30','day',NULL,'2022-03-29/2022-03-30','On March 29-30','29–30 March 2022','2022-03-29~2913815',2022,'2022-03','geonames-1512569',NULL,'["TR", "UZ"]','[]','[]','[]','proposed','On March 29-30, the Turkish President made a two-day official visit to Uzbekistan.',1,'Recep Tayyip Erdoğan (President), visitor · Uzbekistan, host · Türkiye, visitor','["Türkiye", "Uzbekistan"]');
INSERT INTO "events" VALUES('2022-05-03-call-tj-tr','call','Telephone call between the presidents of Türkiye and Tajikistan','','occurred','2022-05-03','2022-05-03','day',NULL,'2022-05-03','on May 3, 2022','3 May 2022','2022-05-03~2913781',2022,'2022-05',NULL,NULL,'["TJ", "TR"]','[]','[]','[]','proposed','A telephone conversation between the presidents of Turkey and Tajikistan on May 3, 2022.',1,'Türkiye · Tajikistan','["Tajikistan", "Türkiye"]');
INSERT INTO "events" VALUES('2022-w19-forum-tr-uz','forum','Business forum in the week of 9 May','','occurred','2022-05-09','2022-05-15','week',NULL,'2022-W19','that week','week of 9 May 2022','2022-05-09~2913769',2022,'2022-05',NULL,NULL,'["TR", "UZ"]','[]','[]','[]','proposed','A business forum was held that week.',1,'Türkiye · Uzbekistan','["Türkiye", "Uzbekistan"]');
INSERT INTO "events" VALUES('2022-05-visit-kz-tr','visit','Tokayev''s state visit to Türkiye','','occurred','2022-05-21','2022-05-31','month','end','2022-05','In the end of May','late May 2022','2022-05-21~2913753',2022,'2022-05',NULL,NULL,'["KZ", "TR"]','[]','[]','[]','proposed','In the end of May, the Kazakh President made his first ever state visit to Turkey.',1,'Kazakhstan, visitor · Türkiye, host','["Kazakhstan", "Türkiye"]');
INSERT INTO "events" VALUES('2022-fa-summit-az-ots-tr','summit','Informal OTS summit planned for the autumn','','planned','2022-09-01','2022-11-30','season',NULL,'2022-FA','this fall','autumn 2022','2022-09-01~2913570',2022,'2022-09',NULL,NULL,'["AZ", "TR"]','["OTS"]','[]','[]','proposed','An informal summit of the OTS will take place this fall.',1,'Organization of Turkic States · Türkiye · Azerbaijan','["Azerbaijan", "Türkiye"]');
INSERT INTO "events" VALUES('2022-11-11-signing-ots','signing','Signing of the customs corridor agreement','','occurred','2022-11-11','2022-11-11','day',NULL,'2022-11-11','on November 11, 2022','11 November 2022','2022-11-11~2913589',2022,'2022-11',NULL,'fixture-customs-corridor','[]','["OTS"]','[]','[]','proposed','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.',1,'Organization of Turkic States, signatory','[]');
INSERT INTO "events" VALUES('2023-h1-meeting-tr-uz','meeting','Council meeting in the first half','','postponed','2023-01-01','2023-06-30','half',NULL,'2023-H1','in the first half of 2023','H1 2023','2023-01-01~2913358',2023,'2023-01',NULL,NULL,'["TR", "UZ"]','[]','[]','[]','proposed','The council meeting, due in the first half of 2023, was postponed.',1,'Türkiye · Uzbekistan','["Türkiye", "Uzbekistan"]');
INSERT INTO "events" VALUES('2023-06-01-statement-eu-kz','statement','<script>alert("title")</script> & <b>bold</b> {{js}} "quoted"','</script><script>alert(''summary'')</script>','cancelled','2023-06-01','2023-06-01','day',NULL,'2023-06-01','on June 1','1 June 2023','2023-06-01~2913387',2023,'2023-06',NULL,NULL,'["KZ"]','["EU"]','[]','[]','proposed','</script><img src=x onerror="alert(1)"> <!--',1,'European Union · Kazakhstan','["Kazakhstan"]');
INSERT INTO "events" VALUES('2023-q3-exercise-kz-tr','exercise','Joint exercise in the third quarter','','planned','2023-07-01','2023-09-30','quarter',NULL,'2023-Q3','in the third quarter','Q3 2023','2023-07-01~2913266',2023,'2023-07',NULL,NULL,'["KZ", "TR"]','[]','[]','[]','proposed','A joint exercise is scheduled for the third quarter.',1,'Türkiye · Kazakhstan','["Kazakhstan", "Türkiye"]');
INSERT INTO "events" VALUES('2024-summit-kg-ots-tr','summit','OTS summit in Bishkek','','occurred','2024-01-01','2024-12-31','year',NULL,'2024','in 2024','2024','2024-01-01~2912808',2024,'2024-01','geonames-1528675',NULL,'["KG", "TR"]','["OTS"]','[]','[]','proposed','The OTS summit took place in Bishkek in 2024.',1,'Organization of Turkic States, chair · Kyrgyzstan, host · Türkiye','["Kyrgyzstan", "Türkiye"]');
INSERT INTO "events" VALUES('2024-decree-tr','decree','Decree early in the year','','occurred','2024-01-01','2024-04-30','year','start','2024','early 2024','early 2024','2024-01-01~2913053',2024,'2024-01',NULL,NULL,'["TR"]','[]','[]','[]','proposed','Early 2024 a decree was signed.',1,'Türkiye','["Türkiye"]');
INSERT INTO "events" VALUES('2024-11-29-entry-into-force-ots','entry_into_force','Customs corridor agreement comes into effect','','occurred','2024-11-29','2024-11-29','day',NULL,'2024-11-29','on November 29, 2024','29 November 2024','2024-11-29~2912840',2024,'2024-11',NULL,'fixture-customs-corridor','[]','["OTS"]','[]','["2022-11-11-signing-ots"]','proposed','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.',1,'Organization of Turkic States','[]');
CREATE TABLE events_by_country (
        country TEXT REFERENCES actors(id), country_name TEXT,
        event_id TEXT REFERENCES events(id), date_start TEXT, date_end TEXT,
        date_label TEXT, kind TEXT, title TEXT, status TEXT, sort_key TEXT,
        PRIMARY KEY (country, sort_key, event_id)) WITHOUT ROWID;
INSERT INTO "events_by_country" VALUES('AZ','Azerbaijan','2022-fa-summit-az-ots-tr','2022-09-01','2022-11-30','autumn 2022','summit','Informal OTS summit planned for the autumn','planned','2022-09-01~2913570');
INSERT INTO "events_by_country" VALUES('KG','Kyrgyzstan','2024-summit-kg-ots-tr','2024-01-01','2024-12-31','2024','summit','OTS summit in Bishkek','occurred','2024-01-01~2912808');
INSERT INTO "events_by_country" VALUES('KZ','Kazakhstan','2022-05-visit-kz-tr','2022-05-21','2022-05-31','late May 2022','visit','Tokayev''s state visit to Türkiye','occurred','2022-05-21~2913753');
INSERT INTO "events_by_country" VALUES('KZ','Kazakhstan','2023-06-01-statement-eu-kz','2023-06-01','2023-06-01','1 June 2023','statement','<script>alert("title")</script> & <b>bold</b> {{js}} "quoted"','cancelled','2023-06-01~2913387');
INSERT INTO "events_by_country" VALUES('KZ','Kazakhstan','2023-q3-exercise-kz-tr','2023-07-01','2023-09-30','Q3 2023','exercise','Joint exercise in the third quarter','planned','2023-07-01~2913266');
INSERT INTO "events_by_country" VALUES('TJ','Tajikistan','2022-05-03-call-tj-tr','2022-05-03','2022-05-03','3 May 2022','call','Telephone call between the presidents of Türkiye and Tajikistan','occurred','2022-05-03~2913781');
INSERT INTO "events_by_country" VALUES('TM','Turkmenistan','199x-founding-tm-tr','1990-01-01','1999-12-31','the 1990s','founding','Founding of a council in the 1990s','occurred','1990-01-01~2921940');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','199x-founding-tm-tr','1990-01-01','1999-12-31','the 1990s','founding','Founding of a council in the 1990s','occurred','1990-01-01~2921940');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2022-03-29-visit-tr-uz','2022-03-29','2022-03-30','29–30 March 2022','visit','Erdoğan''s official visit to Uzbekistan','occurred','2022-03-29~2913815');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2022-05-03-call-tj-tr','2022-05-03','2022-05-03','3 May 2022','call','Telephone call between the presidents of Türkiye and Tajikistan','occurred','2022-05-03~2913781');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2022-w19-forum-tr-uz','2022-05-09','2022-05-15','week of 9 May 2022','forum','Business forum in the week of 9 May','occurred','2022-05-09~2913769');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2022-05-visit-kz-tr','2022-05-21','2022-05-31','late May 2022','visit','Tokayev''s state visit to Türkiye','occurred','2022-05-21~2913753');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2022-fa-summit-az-ots-tr','2022-09-01','2022-11-30','autumn 2022','summit','Informal OTS summit planned for the autumn','planned','2022-09-01~2913570');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2023-h1-meeting-tr-uz','2023-01-01','2023-06-30','H1 2023','meeting','Council meeting in the first half','postponed','2023-01-01~2913358');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2023-q3-exercise-kz-tr','2023-07-01','2023-09-30','Q3 2023','exercise','Joint exercise in the third quarter','planned','2023-07-01~2913266');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2024-summit-kg-ots-tr','2024-01-01','2024-12-31','2024','summit','OTS summit in Bishkek','occurred','2024-01-01~2912808');
INSERT INTO "events_by_country" VALUES('TR','Türkiye','2024-decree-tr','2024-01-01','2024-04-30','early 2024','decree','Decree early in the year','occurred','2024-01-01~2913053');
INSERT INTO "events_by_country" VALUES('UZ','Uzbekistan','2022-03-29-visit-tr-uz','2022-03-29','2022-03-30','29–30 March 2022','visit','Erdoğan''s official visit to Uzbekistan','occurred','2022-03-29~2913815');
INSERT INTO "events_by_country" VALUES('UZ','Uzbekistan','2022-w19-forum-tr-uz','2022-05-09','2022-05-15','week of 9 May 2022','forum','Business forum in the week of 9 May','occurred','2022-05-09~2913769');
INSERT INTO "events_by_country" VALUES('UZ','Uzbekistan','2023-h1-meeting-tr-uz','2023-01-01','2023-06-30','H1 2023','meeting','Council meeting in the first half','postponed','2023-01-01~2913358');
CREATE TABLE events_by_month (month TEXT PRIMARY KEY, events INTEGER, kinds TEXT, exact_day INTEGER) WITHOUT ROWID;
INSERT INTO "events_by_month" VALUES('2022-03',1,'visit',1);
INSERT INTO "events_by_month" VALUES('2022-05',3,'call,forum,visit',1);
INSERT INTO "events_by_month" VALUES('2022-11',1,'signing',1);
INSERT INTO "events_by_month" VALUES('2023-06',1,'statement',1);
INSERT INTO "events_by_month" VALUES('2024-11',1,'entry_into_force',1);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','events_fts','events_fts',0,'CREATE VIRTUAL TABLE "events_fts" USING FTS5 (
    "title", "summary", "quotes", "participant_names",
    tokenize=''porter unicode61 remove_diacritics 2'',
    content="events"
)');
INSERT INTO "events_fts" VALUES('Founding of a council in the 1990s','','The council was founded in the 1990s.','Türkiye · Turkmenistan');
INSERT INTO "events_fts" VALUES('Erdoğan''s official visit to Uzbekistan','A two-day official visit.','On March 29-30, the Turkish President made a two-day official visit to Uzbekistan.','Recep Tayyip Erdoğan (President), visitor · Uzbekistan, host · Türkiye, visitor');
INSERT INTO "events_fts" VALUES('Telephone call between the presidents of Türkiye and Tajikistan','','A telephone conversation between the presidents of Turkey and Tajikistan on May 3, 2022.','Türkiye · Tajikistan');
INSERT INTO "events_fts" VALUES('Business forum in the week of 9 May','','A business forum was held that week.','Türkiye · Uzbekistan');
INSERT INTO "events_fts" VALUES('Tokayev''s state visit to Türkiye','','In the end of May, the Kazakh President made his first ever state visit to Turkey.','Kazakhstan, visitor · Türkiye, host');
INSERT INTO "events_fts" VALUES('Informal OTS summit planned for the autumn','','An informal summit of the OTS will take place this fall.','Organization of Turkic States · Türkiye · Azerbaijan');
INSERT INTO "events_fts" VALUES('Signing of the customs corridor agreement','','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.','Organization of Turkic States, signatory');
INSERT INTO "events_fts" VALUES('Council meeting in the first half','','The council meeting, due in the first half of 2023, was postponed.','Türkiye · Uzbekistan');
INSERT INTO "events_fts" VALUES('<script>alert("title")</script> & <b>bold</b> {{js}} "quoted"','</script><script>alert(''summary'')</script>','</script><img src=x onerror="alert(1)"> <!--','European Union · Kazakhstan');
INSERT INTO "events_fts" VALUES('Joint exercise in the third quarter','','A joint exercise is scheduled for the third quarter.','Türkiye · Kazakhstan');
INSERT INTO "events_fts" VALUES('OTS summit in Bishkek','','The OTS summit took place in Bishkek in 2024.','Organization of Turkic States, chair · Kyrgyzstan, host · Türkiye');
INSERT INTO "events_fts" VALUES('Decree early in the year','','Early 2024 a decree was signed.','Türkiye');
INSERT INTO "events_fts" VALUES('Customs corridor agreement comes into effect','','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.','Organization of Turkic States');
CREATE TABLE 'events_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "events_fts_config" VALUES('version',4);
CREATE TABLE 'events_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "events_fts_data" VALUES(1,X'0D550A810D32');
INSERT INTO "events_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "events_fts_data" VALUES(137438953473,X'000006A90230310906010208020131070601020706060102070203393930010808010208010432303232030601020F04060102080606010208040133080601020B040134070601020F040601020A0106010203010601020F0201390206010204050601020E060601020E010133030601020E0201300206010205010139040208010161010204010C01010201020A01060102020106010202060601020202060102040208677265656D656E7407080701020306080401020302046C657274090E0301010401020702016E060601020203016403080901020A02057574756D6E06020802097A65726261696A616E060601030701016209040604020665747765656E03080401020502066973686B656B0B080501020802036F6C640902070203757369040802010203010463616C6C03020303026D65070601020906060102090204686169720B0601030602036F6D650D020503056E7665727303060102040306727269646F720702060602030305756E63696C01080501020307080201020302057573746F6D0702050602020103646169020C01010401020C0204656372650C080201020502027565080601020501056561726C690C080301020202056666656374070601020B06080701020B02026E640506010204020672646F67616E020802010304020775726F7065616E09060103020203766572050601020D02067865726369730A0803010204010466616C6C060601020C020469727374050601020C03080601020802026F7206020604060102070402756D0408030102040303756E64010802010205010468616C660808070102090203656C640406010206020169050601020B02036F73740206010308030601030506060103080103696D67090601020302016E0108060102060302040106010202030804010206020204010A04010207040102040304666F726D0608020102030302746F070601020A06080601020A0201730A0601020501056A6F696E740A080201020302017309020901066B617A616B68050601020807047374616E0506010302040601030401060103030209797267797A7374616E0B0601030701046D6164650206010209030601020A030169030601020D010209010601020603037263680206010203020365657408080301020401066E6F76656D6207080102060906080102060901026F660102030208070102080102070106010205010C010205010303010803010303010601020A03060103030206010303030466696369020E0401010501020D02016E0206010202010601020C04080102050906080102050903056572726F72090601020602047267616E06060103020106010302040601030202060103020201740608030102070508020102030105706C616365060601020A050601020604016E06020502066F7374706F6E080601020D02057265736964020C01020801030501080601020702060102090107717561727465720A080701020A03026F7409020A010572656365700206010302010173020203030203020663686564756C0A06010206030472697074091402050101020305010202020369676E07080201020405060102070106010204050561746F7269070601030602027263090601020402047461746505080401020E01060103050106010305040601030502060103050206756D6D617269090601010505026974060804010204050803010204010A74616A696B697374616E030E0A01020B01030303026B65060601020903047979697002060103030207656C6570686F6E03080201020302036861740406010207030165010A07010202070106010206010805010206010205010801020306010807010206010804010202010A050102020702080501020801060102020102050106010202030169060601020B040272640A0806010209020369746C09020402016F02080601020F03080601021003056B6179657605020203026F6B0B06010205020575726B6569030601020902060102110502696306060103040106010304040601030402060103040602736802060102070601790106010302010601030901080801030201060103020108070103040106010306020601030202060103020106010309010601030205086D656E697374616E01060103030202776F020C01010301020B0105756E696F6E090601030302097A62656B697374616E020E070102100103070206010303040601030301057669736974020E0501010601020E03080501020F06026F7202080103060603060103030102776101060102040306010205040601020C0406010206020365656B0408060102080203696C6C060601020801017809060102050104796561720C020604080D0B1508171208080622160F08090A10070E0E080B090E0B080C0E130D0D0C090D12090E0E0A0E0B110C0A0B0C0A08140A240C0F080D060D151010100A0B14320F190C1A0F11060D1A0F070C090D12150C09200D1015090B0F0A44080A080F0A09111809370F0C0C1E160F180B0A08');
CREATE TABLE 'events_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "events_fts_docsize" VALUES(1,X'07000702');
INSERT INTO "events_fts_docsize" VALUES(2,X'06050F09');
INSERT INTO "events_fts_docsize" VALUES(3,X'09000E02');
INSERT INTO "events_fts_docsize" VALUES(4,X'08000702');
INSERT INTO "events_fts_docsize" VALUES(5,X'06001004');
INSERT INTO "events_fts_docsize" VALUES(6,X'07000B06');
INSERT INTO "events_fts_docsize" VALUES(7,X'06000E05');
INSERT INTO "events_fts_docsize" VALUES(8,X'06000C02');
INSERT INTO "events_fts_docsize" VALUES(9,X'09050703');
INSERT INTO "events_fts_docsize" VALUES(10,X'06000902');
INSERT INTO "events_fts_docsize" VALUES(11,X'04000908');
INSERT INTO "events_fts_docsize" VALUES(12,X'05000601');
INSERT INTO "events_fts_docsize" VALUES(13,X'06000E04');
CREATE TABLE 'events_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "events_fts_idx" VALUES(1,X'',2);
CREATE TABLE events_map (id TEXT PRIMARY KEY, date_label TEXT, kind TEXT, title TEXT, status TEXT, place TEXT, place_country TEXT, latitude REAL, longitude REAL, popup TEXT) WITHOUT ROWID;
INSERT INTO "events_map" VALUES('2022-03-29-visit-tr-uz','29–30 March 2022','visit','Erdoğan''s official visit to Uzbekistan','occurred','Tashkent','UZ',41.26465,69.21627,'{"title":"Erdoğan''s official visit to Uzbekistan","description":"29–30 March 2022 · visit · Tashkent","link":"events/2022-03-29-visit-tr-uz"}');
INSERT INTO "events_map" VALUES('2024-summit-kg-ots-tr','2024','summit','OTS summit in Bishkek','occurred','Bishkek','KG',42.87,74.59,'{"title":"OTS summit in Bishkek","description":"2024 · summit · Bishkek","link":"events/2024-summit-kg-ots-tr"}');
CREATE TABLE facet_counts (table_name TEXT, filter_column TEXT, filter_value TEXT, column_name TEXT, value, count INTEGER, PRIMARY KEY (table_name, filter_column, filter_value, column_name, value)) WITHOUT ROWID;
INSERT INTO "facet_counts" VALUES('event_actors','','','role','chair',1);
INSERT INTO "facet_counts" VALUES('event_actors','','','role','host',3);
INSERT INTO "facet_counts" VALUES('event_actors','','','role','participant',18);
INSERT INTO "facet_counts" VALUES('event_actors','','','role','signatory',1);
INSERT INTO "facet_counts" VALUES('event_actors','','','role','visitor',3);
INSERT INTO "facet_counts" VALUES('event_actors','role','chair','role','chair',1);
INSERT INTO "facet_counts" VALUES('event_actors','role','host','role','host',3);
INSERT INTO "facet_counts" VALUES('event_actors','role','participant','role','participant',18);
INSERT INTO "facet_counts" VALUES('event_actors','role','signatory','role','signatory',1);
INSERT INTO "facet_counts" VALUES('event_actors','role','visitor','role','visitor',3);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Kazakhstan',3);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Türkiye',10);
INSERT INTO "facet_counts" VALUES('events','','','country_names','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events','','','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','entry_into_force',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','signing',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events','','','kind','summit',2);
INSERT INTO "facet_counts" VALUES('events','','','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events','','','status','cancelled',1);
INSERT INTO "facet_counts" VALUES('events','','','status','occurred',9);
INSERT INTO "facet_counts" VALUES('events','','','status','planned',2);
INSERT INTO "facet_counts" VALUES('events','','','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','','','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','','','year',2022,6);
INSERT INTO "facet_counts" VALUES('events','','','year',2023,3);
INSERT INTO "facet_counts" VALUES('events','','','year',2024,3);
INSERT INTO "facet_counts" VALUES('events','country_names','Azerbaijan','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Azerbaijan','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Azerbaijan','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Azerbaijan','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Azerbaijan','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','country_names','Kazakhstan',3);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','status','cancelled',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kazakhstan','year',2023,2);
INSERT INTO "facet_counts" VALUES('events','country_names','Kyrgyzstan','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kyrgyzstan','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kyrgyzstan','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kyrgyzstan','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Kyrgyzstan','year',2024,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Tajikistan','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Tajikistan','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Tajikistan','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Tajikistan','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Tajikistan','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Turkmenistan','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Turkmenistan','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Turkmenistan','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Turkmenistan','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Turkmenistan','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Kazakhstan',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Türkiye',10);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','country_names','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','summit',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','status','occurred',7);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','status','planned',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','year',2022,5);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','year',2023,2);
INSERT INTO "facet_counts" VALUES('events','country_names','Türkiye','year',2024,2);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','country_names','Türkiye',3);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','country_names','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','status','occurred',2);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','year',2022,2);
INSERT INTO "facet_counts" VALUES('events','country_names','Uzbekistan','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','kind','call','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','kind','call','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','call','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','kind','call','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','call','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','kind','decree','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','decree','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events','kind','decree','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','decree','year',2024,1);
INSERT INTO "facet_counts" VALUES('events','kind','entry_into_force','kind','entry_into_force',1);
INSERT INTO "facet_counts" VALUES('events','kind','entry_into_force','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','entry_into_force','year',2024,1);
INSERT INTO "facet_counts" VALUES('events','kind','exercise','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','kind','exercise','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','exercise','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','kind','exercise','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','kind','exercise','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','kind','forum','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','forum','country_names','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events','kind','forum','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','kind','forum','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','forum','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','kind','founding','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','kind','founding','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','founding','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','kind','founding','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','founding','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','kind','meeting','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','kind','meeting','country_names','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events','kind','meeting','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','kind','meeting','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','kind','meeting','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','kind','signing','kind','signing',1);
INSERT INTO "facet_counts" VALUES('events','kind','signing','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','signing','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','kind','statement','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','kind','statement','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events','kind','statement','status','cancelled',1);
INSERT INTO "facet_counts" VALUES('events','kind','statement','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','kind','summit','kind','summit',2);
INSERT INTO "facet_counts" VALUES('events','kind','summit','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','kind','summit','year',2024,1);
INSERT INTO "facet_counts" VALUES('events','kind','visit','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','kind','visit','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','kind','visit','country_names','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events','kind','visit','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events','kind','visit','status','occurred',2);
INSERT INTO "facet_counts" VALUES('events','kind','visit','year',2022,2);
INSERT INTO "facet_counts" VALUES('events','status','cancelled','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','status','cancelled','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events','status','cancelled','status','cancelled',1);
INSERT INTO "facet_counts" VALUES('events','status','cancelled','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Türkiye',7);
INSERT INTO "facet_counts" VALUES('events','status','occurred','country_names','Uzbekistan',2);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','entry_into_force',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','signing',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events','status','occurred','status','occurred',9);
INSERT INTO "facet_counts" VALUES('events','status','occurred','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','status','occurred','year',2022,5);
INSERT INTO "facet_counts" VALUES('events','status','occurred','year',2024,3);
INSERT INTO "facet_counts" VALUES('events','status','planned','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','status','planned','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','status','planned','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','status','planned','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','status','planned','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','status','planned','status','planned',2);
INSERT INTO "facet_counts" VALUES('events','status','planned','year',2022,1);
INSERT INTO "facet_counts" VALUES('events','status','planned','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','status','postponed','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','status','postponed','country_names','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events','status','postponed','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','status','postponed','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','status','postponed','year',2023,1);
INSERT INTO "facet_counts" VALUES('events','year','1990','country_names','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events','year','1990','country_names','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events','year','1990','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events','year','1990','status','occurred',1);
INSERT INTO "facet_counts" VALUES('events','year','1990','year',1990,1);
INSERT INTO "facet_counts" VALUES('events','year','2022','country_names','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','country_names','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','country_names','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','country_names','Türkiye',5);
INSERT INTO "facet_counts" VALUES('events','year','2022','country_names','Uzbekistan',2);
INSERT INTO "facet_counts" VALUES('events','year','2022','kind','call',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','kind','signing',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events','year','2022','status','occurred',5);
INSERT INTO "facet_counts" VALUES('events','year','2022','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','year','2022','year',2022,6);
INSERT INTO "facet_counts" VALUES('events','year','2023','country_names','Kazakhstan',2);
INSERT INTO "facet_counts" VALUES('events','year','2023','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','year','2023','country_names','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','status','cancelled',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','status','planned',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','status','postponed',1);
INSERT INTO "facet_counts" VALUES('events','year','2023','year',2023,3);
INSERT INTO "facet_counts" VALUES('events','year','2024','country_names','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events','year','2024','country_names','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events','year','2024','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events','year','2024','kind','entry_into_force',1);
INSERT INTO "facet_counts" VALUES('events','year','2024','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events','year','2024','status','occurred',3);
INSERT INTO "facet_counts" VALUES('events','year','2024','year',2024,3);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','AZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','KG',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','KZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','TJ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','TM',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','TR',10);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country','UZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Kazakhstan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Türkiye',10);
INSERT INTO "facet_counts" VALUES('events_by_country','','','country_name','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','call',2);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','exercise',2);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','forum',2);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','founding',2);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','meeting',2);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','summit',4);
INSERT INTO "facet_counts" VALUES('events_by_country','','','kind','visit',4);
INSERT INTO "facet_counts" VALUES('events_by_country','country','AZ','country','AZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','AZ','country_name','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','AZ','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KG','country','KG',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KG','country_name','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KG','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KZ','country','KZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KZ','country_name','Kazakhstan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KZ','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KZ','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','KZ','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TJ','country','TJ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TJ','country_name','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TJ','kind','call',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TM','country','TM',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TM','country_name','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TM','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','country','TR',10);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','country_name','Türkiye',10);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','call',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','summit',2);
INSERT INTO "facet_counts" VALUES('events_by_country','country','TR','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events_by_country','country','UZ','country','UZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country','UZ','country_name','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country','UZ','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','UZ','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country','UZ','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Azerbaijan','country','AZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Azerbaijan','country_name','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Azerbaijan','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kazakhstan','country','KZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kazakhstan','country_name','Kazakhstan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kazakhstan','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kazakhstan','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kazakhstan','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kyrgyzstan','country','KG',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kyrgyzstan','country_name','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Kyrgyzstan','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Tajikistan','country','TJ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Tajikistan','country_name','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Tajikistan','kind','call',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Turkmenistan','country','TM',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Turkmenistan','country_name','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Turkmenistan','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','country','TR',10);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','country_name','Türkiye',10);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','call',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','exercise',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','founding',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','summit',2);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Türkiye','kind','visit',2);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Uzbekistan','country','UZ',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Uzbekistan','country_name','Uzbekistan',3);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Uzbekistan','kind','forum',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Uzbekistan','kind','meeting',1);
INSERT INTO "facet_counts" VALUES('events_by_country','country_name','Uzbekistan','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','call','country','TJ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','call','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','call','country_name','Tajikistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','call','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','call','kind','call',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','decree','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','decree','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','decree','kind','decree',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','exercise','country','KZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','exercise','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','exercise','country_name','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','exercise','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','exercise','kind','exercise',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','forum','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','forum','country','UZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','forum','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','forum','country_name','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','forum','kind','forum',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','founding','country','TM',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','founding','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','founding','country_name','Turkmenistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','founding','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','founding','kind','founding',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','meeting','country','TR',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','meeting','country','UZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','meeting','country_name','Türkiye',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','meeting','country_name','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','meeting','kind','meeting',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','statement','country','KZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','statement','country_name','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','statement','kind','statement',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country','AZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country','KG',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country','TR',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country_name','Azerbaijan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country_name','Kyrgyzstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','country_name','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','summit','kind','summit',4);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country','KZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country','TR',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country','UZ',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country_name','Kazakhstan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country_name','Türkiye',2);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','country_name','Uzbekistan',1);
INSERT INTO "facet_counts" VALUES('events_by_country','kind','visit','kind','visit',4);
INSERT INTO "facet_counts" VALUES('events_map','','','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_map','','','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_map','','','place','Bishkek',1);
INSERT INTO "facet_counts" VALUES('events_map','','','place','Tashkent',1);
INSERT INTO "facet_counts" VALUES('events_map','kind','summit','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_map','kind','summit','place','Bishkek',1);
INSERT INTO "facet_counts" VALUES('events_map','kind','visit','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_map','kind','visit','place','Tashkent',1);
INSERT INTO "facet_counts" VALUES('events_map','place','Bishkek','kind','summit',1);
INSERT INTO "facet_counts" VALUES('events_map','place','Bishkek','place','Bishkek',1);
INSERT INTO "facet_counts" VALUES('events_map','place','Tashkent','kind','visit',1);
INSERT INTO "facet_counts" VALUES('events_map','place','Tashkent','place','Tashkent',1);
CREATE TABLE "places" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT,
   "country" TEXT,
   "latitude" REAL,
   "longitude" REAL,
   "geonames_id" INTEGER
);
INSERT INTO "places" VALUES('geonames-1512569','Tashkent','UZ',41.26465,69.21627,1512569);
INSERT INTO "places" VALUES('geonames-1528675','Bishkek','KG',42.87,74.59,1528675);
CREATE TABLE "sources" (
   "id" TEXT PRIMARY KEY,
   "event_id" TEXT REFERENCES "events"("id"),
   "document_id" TEXT REFERENCES "documents"("id"),
   "quote" TEXT,
   "start" INTEGER,
   "end" INTEGER,
   "published" TEXT,
   "published_inferred" INTEGER,
   "outlet" TEXT,
   "title" TEXT,
   "url" TEXT
);
INSERT INTO "sources" VALUES('199x-founding-tm-tr-1','199x-founding-tm-tr','fixture-d','The council was founded in the 1990s.',500,537,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2022-03-29-visit-tr-uz-1','2022-03-29-visit-tr-uz','fixture-a','On March 29-30, the Turkish President made a two-day official visit to Uzbekistan.',2000,2082,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2022-05-03-call-tj-tr-1','2022-05-03-call-tj-tr','fixture-a','A telephone conversation between the presidents of Turkey and Tajikistan on May 3, 2022.',100,188,'2022-05-04',0,NULL,NULL,'https://example.org/news/a');
INSERT INTO "sources" VALUES('2022-w19-forum-tr-uz-1','2022-w19-forum-tr-uz','fixture-b','A business forum was held that week.',1500,1536,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2022-05-visit-kz-tr-1','2022-05-visit-kz-tr','fixture-b','In the end of May, the Kazakh President made his first ever state visit to Turkey.',900,982,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2022-fa-summit-az-ots-tr-1','2022-fa-summit-az-ots-tr','fixture-c','An informal summit of the OTS will take place this fall.',40,96,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2022-11-11-signing-ots-1','2022-11-11-signing-ots','fixture-e','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.',3499,3581,'2024-12-10',0,NULL,NULL,'http://example.org/e?x=1&y=2');
INSERT INTO "sources" VALUES('2023-h1-meeting-tr-uz-1','2023-h1-meeting-tr-uz','fixture-c','The council meeting, due in the first half of 2023, was postponed.',700,766,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2023-06-01-statement-eu-kz-1','2023-06-01-statement-eu-kz','fixture-x','</script><img src=x onerror="alert(1)"> <!--',5,49,NULL,0,NULL,NULL,'https://example.org/x?a=1&b=''onmouseover=''alert(1)''');
INSERT INTO "sources" VALUES('2023-q3-exercise-kz-tr-1','2023-q3-exercise-kz-tr','fixture-c','A joint exercise is scheduled for the third quarter.',400,452,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2024-summit-kg-ots-tr-1','2024-summit-kg-ots-tr','fixture-d','The OTS summit took place in Bishkek in 2024.',10,55,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2024-decree-tr-1','2024-decree-tr','fixture-d','Early 2024 a decree was signed.',300,331,NULL,0,NULL,NULL,NULL);
INSERT INTO "sources" VALUES('2024-11-29-entry-into-force-ots-1','2024-11-29-entry-into-force-ots','fixture-e','The agreement, signed on November 11, 2022, came into effect on November 29, 2024.',3499,3581,NULL,0,NULL,NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','sources_fts','sources_fts',0,'CREATE VIRTUAL TABLE "sources_fts" USING FTS5 (
    "quote",
    tokenize=''porter unicode61 remove_diacritics 2'',
    content="sources"
)');
INSERT INTO "sources_fts" VALUES('The council was founded in the 1990s.');
INSERT INTO "sources_fts" VALUES('On March 29-30, the Turkish President made a two-day official visit to Uzbekistan.');
INSERT INTO "sources_fts" VALUES('A telephone conversation between the presidents of Turkey and Tajikistan on May 3, 2022.');
INSERT INTO "sources_fts" VALUES('A business forum was held that week.');
INSERT INTO "sources_fts" VALUES('In the end of May, the Kazakh President made his first ever state visit to Turkey.');
INSERT INTO "sources_fts" VALUES('An informal summit of the OTS will take place this fall.');
INSERT INTO "sources_fts" VALUES('The agreement, signed on November 11, 2022, came into effect on November 29, 2024.');
INSERT INTO "sources_fts" VALUES('The council meeting, due in the first half of 2023, was postponed.');
INSERT INTO "sources_fts" VALUES('</script><img src=x onerror="alert(1)"> <!--');
INSERT INTO "sources_fts" VALUES('A joint exercise is scheduled for the third quarter.');
INSERT INTO "sources_fts" VALUES('The OTS summit took place in Bishkek in 2024.');
INSERT INTO "sources_fts" VALUES('Early 2024 a decree was signed.');
INSERT INTO "sources_fts" VALUES('The agreement, signed on November 11, 2022, came into effect on November 29, 2024.');
CREATE TABLE 'sources_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "sources_fts_config" VALUES('version',4);
CREATE TABLE 'sources_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "sources_fts_data" VALUES(1,X'0D810D');
INSERT INTO "sources_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "sources_fts_data" VALUES(137438953473,X'00000351023031090208020131070207060207020339393001020801043230323203020F04020806020804013308020B04013407020F04020A01020301020F02013902020405020E06020E01013303020E02013002020501016102020A0102020102020602020202040208677265656D656E7407020306020302046C65727409020702016E06020203016403020A01076265747765656E03020502066973686B656B0B02080203757369040203010463616D6507020906020902066F6E766572730302040305756E63696C010203070203010364616902020C0204656372650C02050202756508020501056561726C690C02020205666665637407020B06020B02026E64050204020376657205020D02067865726369730A0204010466616C6C06020C02046972737405020C03020802026F720A02070402756D0402040303756E64010205010468616C660802090203656C6404020602016905020B0103696D6709020302016E010206040202030206030407040304666F726D0602030302746F07020A06020A0201730A020501056A6F696E740A020301066B617A616B6805020801046D61646502020903020A03016903020D0202060303726368020203020365657408020401066E6F76656D62070406090604060901026F6603020802020501020502020A03046669636902020D02016E02020201020C040405090604050903056572726F720902060201740602070502030105706C61636506020A05020602066F7374706F6E08020D020572657369640202080102070202090107717561727465720A020A01077363686564756C0A0206030472697074090202020369676E0702040502070102040202726309020402047461746505020E0205756D6D6974060204050204010A74616A696B697374616E03020B03026B650602090207656C6570686F6E030203020368617404020703016501040207010206010206020403060102060102020104020702020801020202020203016906020B040272640A020902016F02020F03021003026F6B0B0205020575726B656903020902021105036973680202070202776F02020B010A757A62656B697374616E0202100105766973697402020E03020F0102776101020403020504020C040206020365656B0402080203696C6C060208010178090205040609080F060F0C060612100906060C0B080C0B0D0809070A0D07080B090C0707080908060810090A060A0B0C090808101009110A090D0B100C0C090E07090D0F070C0824060709070D08070F0D100808');
CREATE TABLE 'sources_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "sources_fts_docsize" VALUES(1,X'07');
INSERT INTO "sources_fts_docsize" VALUES(2,X'0F');
INSERT INTO "sources_fts_docsize" VALUES(3,X'0E');
INSERT INTO "sources_fts_docsize" VALUES(4,X'07');
INSERT INTO "sources_fts_docsize" VALUES(5,X'10');
INSERT INTO "sources_fts_docsize" VALUES(6,X'0B');
INSERT INTO "sources_fts_docsize" VALUES(7,X'0E');
INSERT INTO "sources_fts_docsize" VALUES(8,X'0C');
INSERT INTO "sources_fts_docsize" VALUES(9,X'07');
INSERT INTO "sources_fts_docsize" VALUES(10,X'09');
INSERT INTO "sources_fts_docsize" VALUES(11,X'09');
INSERT INTO "sources_fts_docsize" VALUES(12,X'06');
INSERT INTO "sources_fts_docsize" VALUES(13,X'0E');
CREATE TABLE 'sources_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "sources_fts_idx" VALUES(1,X'',2);
ANALYZE "sqlite_master";
INSERT INTO "sqlite_stat1" VALUES('agreement_lifecycle','agreement_lifecycle','2 2 1 1');
INSERT INTO "sqlite_stat1" VALUES('events_by_country','idx_events_by_country_country','20 3');
INSERT INTO "sqlite_stat1" VALUES('events_by_country','idx_events_by_country_event_id','20 2');
INSERT INTO "sqlite_stat1" VALUES('events_by_country','events_by_country','20 3 1 1');
INSERT INTO "sqlite_stat1" VALUES('sources_fts_idx','sources_fts_idx','1 1 1');
INSERT INTO "sqlite_stat1" VALUES('sources_fts_config','sources_fts_config','1 1');
INSERT INTO "sqlite_stat1" VALUES('sources_fts_data',NULL,'3');
INSERT INTO "sqlite_stat1" VALUES('events_map','events_map','2 1');
INSERT INTO "sqlite_stat1" VALUES('events_fts_data',NULL,'3');
INSERT INTO "sqlite_stat1" VALUES('facet_counts','facet_counts','364 91 26 6 2 1');
INSERT INTO "sqlite_stat1" VALUES('_meta','sqlite_autoindex__meta_1','4 1');
INSERT INTO "sqlite_stat1" VALUES('events_fts_idx','events_fts_idx','1 1 1');
INSERT INTO "sqlite_stat1" VALUES('events_fts_config','events_fts_config','1 1');
INSERT INTO "sqlite_stat1" VALUES('documents','sqlite_autoindex_documents_1','6 1');
INSERT INTO "sqlite_stat1" VALUES('agreements','sqlite_autoindex_agreements_1','1 1');
INSERT INTO "sqlite_stat1" VALUES('agreement_parties','idx_agreement_parties_actor_id','3 1');
INSERT INTO "sqlite_stat1" VALUES('agreement_parties','sqlite_autoindex_agreement_parties_1','3 3 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_upcoming','3 1 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_agreement_id','13 7');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_place_id','13 5');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_year_date_start','13 4 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_status_date_start','13 4 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_kind_date_start','13 2 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_date_start_sort_key','13 1 1');
INSERT INTO "sqlite_stat1" VALUES('events','idx_events_sort_key_id','13 1 1');
INSERT INTO "sqlite_stat1" VALUES('events','sqlite_autoindex_events_1','13 1');
INSERT INTO "sqlite_stat1" VALUES('events_fts_docsize',NULL,'13');
INSERT INTO "sqlite_stat1" VALUES('event_actors','idx_event_actors_event_id','26 2');
INSERT INTO "sqlite_stat1" VALUES('event_actors','idx_event_actors_actor_id_event_id','26 3 1');
INSERT INTO "sqlite_stat1" VALUES('event_actors','sqlite_autoindex_event_actors_1','26 2 1 1');
INSERT INTO "sqlite_stat1" VALUES('events_by_month','events_by_month','5 1');
INSERT INTO "sqlite_stat1" VALUES('sources_fts_docsize',NULL,'13');
INSERT INTO "sqlite_stat1" VALUES('actors','sqlite_autoindex_actors_1','10 1');
INSERT INTO "sqlite_stat1" VALUES('places','sqlite_autoindex_places_1','2 1');
INSERT INTO "sqlite_stat1" VALUES('sources','idx_sources_document_id','13 3');
INSERT INTO "sqlite_stat1" VALUES('sources','idx_sources_event_id','13 1');
INSERT INTO "sqlite_stat1" VALUES('sources','sqlite_autoindex_sources_1','13 1');
CREATE INDEX "idx_events_sort_key_id"
    ON "events" ("sort_key", "id");
CREATE INDEX "idx_events_date_start_sort_key"
    ON "events" ("date_start", "sort_key");
CREATE INDEX "idx_events_kind_date_start"
    ON "events" ("kind", "date_start");
CREATE INDEX "idx_events_status_date_start"
    ON "events" ("status", "date_start");
CREATE INDEX "idx_events_year_date_start"
    ON "events" ("year", "date_start");
CREATE INDEX "idx_events_place_id"
    ON "events" ("place_id");
CREATE INDEX "idx_events_agreement_id"
    ON "events" ("agreement_id");
CREATE INDEX "idx_event_actors_actor_id_event_id"
    ON "event_actors" ("actor_id", "event_id");
CREATE INDEX "idx_event_actors_event_id"
    ON "event_actors" ("event_id");
CREATE INDEX "idx_sources_event_id"
    ON "sources" ("event_id");
CREATE INDEX "idx_sources_document_id"
    ON "sources" ("document_id");
CREATE INDEX "idx_agreement_parties_actor_id"
    ON "agreement_parties" ("actor_id");
CREATE INDEX idx_events_upcoming ON events (sort_key, date_end) WHERE status IN ('planned', 'postponed');
CREATE INDEX idx_events_by_country_event_id ON events_by_country (event_id);
CREATE INDEX idx_events_by_country_country ON events_by_country (country);
CREATE VIEW "upcoming_events" AS SELECT id, date_start, date_end, date_label, kind, title, status, countries,
               organizations, place_id, sort_key
        FROM events
        WHERE status IN ('planned', 'postponed') AND date_end >= date('now');
PRAGMA writable_schema=OFF;
COMMIT;
