from gold_lib import L
d='k13_karabakh_retrospective'
AZ=["Baku's defence ministry","Azerbaijan's defence ministry","defence ministry","Azerbaijan's ministry of defence","Ministry of Defence of Azerbaijan"]
GS=["Stepanyan","Karabakh human rights ombudsman","ombudsman"]
GSS=("Human Rights Defender of Nagorno-Karabakh","government","Nagorno-Karabakh")
L(d,"192 Azerbaijani servicemen",192,'killed','exact',"Azerbaijani servicemen killed in the September 2023 operation","Azerbaijan","Azerbaijani defence ministry",AZ,'AZMOD','event','military')
L(d,"511 wounded",511,'wounded','exact',"Azerbaijani servicemen wounded in the September 2023 operation","Azerbaijan","Azerbaijani defence ministry",AZ,'AZMOD','event','military')
L(d,"one civilian",1,'killed','exact',"Azerbaijani civilian killed near Shusha","Azerbaijan","Azerbaijani prosecutors",["prosecutors"],("Prosecutor General's Office (Azerbaijan)","government","Azerbaijan"),'event','civilian')
L(d,"at least 200 people",200,'killed','at_least',"Karabakh Armenians killed in the September 2023 offensive","Nagorno-Karabakh","Gegham Stepanyan",GS,GSS,'event','mixed')
L(d,"10 of them civilians",10,'killed','exact',"civilians among the Karabakh Armenian dead","Nagorno-Karabakh","Gegham Stepanyan",GS,GSS,'event','civilian')
L(d,"five children",5,'killed','exact',"children among the Karabakh Armenian dead","Nagorno-Karabakh","Gegham Stepanyan",GS,GSS,'event','civilian')
L(d,"more than 400 were wounded",400,'wounded','at_least',"Karabakh Armenians wounded in the offensive","Nagorno-Karabakh","Gegham Stepanyan",GS,GSS,'event','mixed')
L(d,"Five members of the Russian peacekeeping contingent",5,'killed','exact',"Russian peacekeepers killed near Dzhanyatag","Russia","Russia's defence ministry",["Russian defence ministry","defence ministry","Moscow"],'RUMOD','event','military')
L(d,"some 2,000 peacekeepers",2000,'deployed','approximate',"Russian peacekeepers deployed under the 2020 ceasefire","Russia",None,[],None,'event','military')
L(d,"2,908 of its servicemen",2908,'killed','exact',"Azerbaijani servicemen killed in the 2020 war","Azerbaijan","Azerbaijan's ministry of defence",AZ,'AZMOD','total','military')
L(d,"3,825 dead",3825,'killed','exact',"Armenian military dead in the 2020 war","Armenia","Armenia's defence ministry",["Armenian defence ministry","defence ministry"],'AMMOD','total','military')
L(d,"about 100 of its civilians",100,'killed','approximate',"Azerbaijani civilians killed in the 2020 war","Azerbaijan","Azerbaijan",["Azerbaijani government","Baku"],("Government of Azerbaijan","government","Azerbaijan"),'total','civilian')
L(d,"541 Syrian fighters",541,'killed','exact',"Syrian fighters recruited to fight for Azerbaijan killed in 2020","Azerbaijan","Syrian Observatory for Human Rights",["SOHR","monitoring group based in Britain"],'SOHR','total','military')
L(d,"32 Armenian servicemen",32,'exchanged','exact',"Armenian servicemen freed by Azerbaijan","Armenia",None,[],None,'event','military')
L(d,"two Azerbaijani soldiers",2,'exchanged','exact',"Azerbaijani soldiers released by Armenia","Azerbaijan",None,[],None,'event','military')
L(d,"34 men in all",34,'exchanged','exact',"men swapped in both directions",None,None,[],None,'event','military')
L(d,"23 Armenians",23,'captured','exact',"Armenians held in custody in Baku","Armenia","Yerevan",["Armenian government","Armenia"],("Government of Armenia","government","Armenia"),'total','unknown')
L(d,"eight former leaders of Nagorno-Karabakh",8,'captured','exact',"former Karabakh leaders held in Baku","Armenia","Yerevan",["Armenian government","Armenia"],("Government of Armenia","government","Armenia"),'total','civilian')
L(d,"about 4,000 missing persons",4000,'missing','approximate',"people missing from the conflicts of the 1990s",None,"International Committee of the Red Cross",["ICRC","Red Cross"],'ICRC','total','unknown')
