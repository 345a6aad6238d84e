from gold_lib import L
d='k14_qa_thai_south_toll_estimates'
DS=["Deep South Watch","monitoring centre","Prince of Songkla University"]
I=["ISOC-4","Internal Security Operations Command Region 4","military's regional command"]
L(d,"7,801 people killed",7801,'killed','exact',"people killed in the southern insurgency since 2004",None,"Deep South Watch",DS,'DSW','total','mixed')
L(d,"14,330 injured",14330,'wounded','exact',"people injured in the southern insurgency since 2004",None,"Deep South Watch",DS,'DSW','total','mixed')
L(d,"about 1,600 soldiers, police, rangers and village defence volunteers",1600,'killed','approximate',"Thai security personnel killed since 2004","Thailand","ISOC-4",I,'ISOC4','total','military')
L(d,'"more than 7,000 deaths"',7000,'killed','at_least',"deaths in the southern insurgency",None,"International Crisis Group",["Crisis Group","ICG","Deep South Watch"],'DSW','total','mixed')
L(d,"hundreds of the dead",None,'killed','vague',"teachers, monks, village heads and local officials among the dead","Thailand","Deep South Watch",DS,'DSW','total','civilian')
L(d,"more than 180 teachers",180,'killed','at_least',"teachers killed since 2004","Thailand","Thai teachers' federation",["teachers' federation"],("Thai teachers' federation","monitor","Thailand"),'total','civilian')
L(d,"108 militants",108,'killed','exact',"militants killed in the April 28, 2004 clashes",None,None,[],None,'event','military')
L(d,"32 of them",32,'killed','exact',"militants killed inside Krue Se mosque",None,None,[],None,'event','military')
L(d,"85 protesters",85,'killed','exact',"protesters who died at Tak Bai","Thailand",None,[],None,'event','civilian')
L(d,"seven were shot dead",7,'killed','exact',"Tak Bai protesters shot dead","Thailand",None,[],None,'event','civilian')
L(d,"78 suffocated",78,'killed','exact',"Tak Bai protesters who suffocated in army trucks","Thailand",None,[],None,'event','civilian')
L(d,"between 3,000 and 9,000 fighters",None,'deployed','range',"fighters of the BRN's armed wing","Barisan Revolusi Nasional","Analysts",["analysts"],("analysts","unnamed",None),'total','military',low=3000,high=9000)
L(d,"around 60,000 soldiers, police and rangers",60000,'deployed','approximate',"Thai security forces kept in the region","Thailand","ISOC-4",I,'ISOC4','total','military')
L(d,"an estimated 40,000 people",40000,'killed','approximate',"people killed in the Philippine communist insurgency since 1969",None,None,[],None,'total','unknown')
L(d,"fewer than 1,500 fighters",1500,'deployed','at_most',"NPA fighters left","New People's Army","Philippine military",["AFP","Armed Forces of the Philippines","the AFP"],'AFPH','total','military')
L(d,"118 deaths in 2024",118,'killed','exact',"deaths in the southern insurgency in 2024",None,"Deep South Watch",DS,'DSW','period','mixed')
L(d,"892 in 2007",892,'killed','exact',"deaths in the southern insurgency in 2007",None,"Deep South Watch",DS,'DSW','period','mixed')
